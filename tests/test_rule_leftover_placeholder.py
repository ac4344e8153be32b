"""leftover-placeholder (FL205): template text never filled in, and slots in template mode."""

from __future__ import annotations

import pytest

from followup_lint import Draft, Interview, Interviewer, lint_draft
from followup_lint.rules.placeholder import LeftoverPlaceholder
from followup_lint.testing import assert_clean, findings_of, flagged_texts

RULE = LeftoverPlaceholder


BRACKETED = [
    ("Dear [Interviewer Name],\n\nThanks for the interview at Company Name.", ["[Interviewer Name]", "Company Name"]),
    ("Hi {{first_name}},\n\nThanks.", ["{{first_name}}"]),
    ("Hi Dana,\n\nThanks {name}.", ["{name}"]),
    ("Dear Mr./Mrs. ______,\n\nThanks.", ["______"]),
    ("Dear Ms. Recruiter,\n\nThanks.", ["Recruiter"]),
    ("Hi Dana,\n\nThanks for the chat about <Project>.", ["<Project>"]),
    ("Hi Dana,\n\nThanks (interviewer's name) for today.", ["(interviewer's name)"]),
    ("Hi Dana,\n\nI liked [the job].", ["[the job]"]),
]


# template text without brackets: field phrases, X-runs, the signature ("Your Name" under the sign-off)
UNBRACKETED = [
    # a Title Case field phrase, under the sign-off as much as in the text
    ("Hi Dana,\n\nThanks for the tour.\n\nBest regards,\nYour Full Name", ["Your Full Name"]),
    ("Hi Dana,\n\nThanks for the tour.\n\nKind regards,\nJordan Lee\nYour Phone Number", ["Your Phone Number"]),
    ("Hi Dana,\n\nThanks for the tour.\n\n-- \nYour Name\nYour Title", ["Your Name", "Your Title"]),
    ("Hi Dana,\n\nI enjoyed meeting the Hiring Manager Name team.", ["Hiring Manager Name"]),
    ("Hi Dana,\n\nThanks for the İzmir tour.\n\nBest regards,\nYour Name", ["Your Name"]),  # "İ" lowers to two
    # ALL CAPS where a name belongs
    ("Dear HIRING MANAGER NAME,\n\nThanks for the call.", ["HIRING MANAGER NAME"]),
    ("Dear Mr. SURNAME,\n\nThanks for the call.", ["SURNAME"]),
    ("Hello Dana,\n\nThe JOB TITLE role at ORGANIZATION NAME suits me.", ["JOB TITLE", "ORGANIZATION NAME"]),
    # any case inside round brackets, or alone on a line
    ("Hi Dana,\n\nThanks again.\n\nWarmly,\nSam\n(Interviewer's Full Name)", ["(Interviewer's Full Name)"]),
    ("Hi Dana,\n\nYou can reach me on (phone number or email) any time.", ["(phone number or email)"]),
    ("Hi Dana,\n\nThanks for the tour.\n\nSincerely,\nSam Ortiz\nyour mailing address", ["your mailing address"]),
    ("Hi Dana,\r\n\r\nThanks.\r\n\r\nSincerely,\r\nSam Ortiz\r\nyour phone number\r\n", ["your phone number"]),
    # X-runs standing for the digits of a date or a number
    ("Hi Dana,\n\nI am free on March XX at ten.", ["XX"]),
    ("Hi Dana,\n\nMy start date could be XX/XX/20XX.", ["XX/XX/20XX"]),
    ("Hi Dana,\n\nCall me on (0117) 496-XXXX any time.", ["496-XXXX"]),
    ("Hi Dana,\n\nThe offer of $XX,XXX works.", ["XX,XXX"]),
    ("Hi Dana,\n\nThanks.\n\nBest,\nSam\n14 Oct XXXX", ["XXXX"]),
    # letters repeated where a name or a word belongs
    ("Hi Dana,\n\nI am keen to learn more about the ZZZ sector.", ["ZZZ"]),
    ("Hi Dana,\n\nI still want the account role with XXX Group.", ["XXX"]),
    ("Hi Dana,\n\nMy years at YYYY taught me patience.", ["YYYY"]),
    ("Hi Dana,\n\nWorking at Company XXX would be a dream.", ["XXX"]),
    ("Hi Dana,\n\nThe internship at XYZ Bank fits my plans.", ["XYZ"]),
]


FIELD_WORDS_IN_PROSE = [
    "Hi Dana,\n\nYour name came up twice when I spoke with the recruiter.",
    "Hi Dana,\n\nThe NASA grant and the XXL build farm both impressed me.",
    "Hi Dana,\n\nThanks for today.\n\nBest,\nSam Ortiz\nPhone Number: 0117 928 4410\nEmail Address: sam@example.org",
    "Hi Dana,\n\nI AM SO GRATEFUL THAT YOU SHARED YOUR NAME FOR THE PROJECT.",
    "Hi Dana,\n\nThanks so much! See you at 5 xx",
    "Hi Dana,\n\nI will send it from my new line (my work phone is below).",
    "Hi Dana,\n\nThe Super Bowl XX exhibit in the lobby was fun.",
    "Hi Dana,\n\nThe Super Bowl XXX poster in the lobby was fun.",
    "Hi Dana,\n\nThanks so much for today, see you soon xxx",
    "Hi Dana,\n\nThe AAA battery rig and the BBB rating both came up.",
    "Hi Dana,\n\nThe XYZZY puzzle and the XXL build farm made me laugh.",
    "Hi Dana,\n\nzzz, the night shift stories were something.",
    "Hi Dana,\n\nThanks for your time and the job title discussion.",
]


@pytest.mark.parametrize("body,spans", BRACKETED + UNBRACKETED)
def test_unfilled_template_text(body: str, spans: list[str]) -> None:
    assert flagged_texts(RULE, body) == spans


def test_a_new_phone_number_in_a_title_case_subject_is_not_a_placeholder() -> None:
    assert_clean(RULE, "Hi Dana,\n\nThanks.", subject="My New Phone Number And Email")


@pytest.mark.parametrize("body", [
    "Hi Dana,\n\nSee [1] and [link](https://example.org/notes).",
    "Hi Dana,\n\nThe budget is TBD for now.",
    "Hi Dana,\n\nI liked the <3 emoji joke.",
    "Hi Dana,\n\nThe dict {} was empty in my demo.",
    *FIELD_WORDS_IN_PROSE,
])
def test_links_citations_and_ordinary_text_are_not_placeholders(body: str) -> None:
    assert_clean(RULE, body)


def test_xxx_alone_in_the_subject() -> None:
    assert flagged_texts(RULE, "Hi Dana,\n\nThanks.", subject="Thank you - XXX") == ["XXX"]


def test_template_mode_treats_them_as_slots() -> None:
    assert_clean(RULE, "Hi {{first_name}},\n\nThanks for [something you discussed].", template=True)


def test_the_finding_names_the_kind_of_placeholder() -> None:
    [f] = findings_of(RULE, "Hi {{first_name}},\n\nThanks.")
    assert f.data["placeholder"] == "{{first_name}}" and f.data["kind"]


# Outside batch A, class 10: template residue that is not bracketed, or sits in the letter blocks or the
# signature (fresh wordings, not the batch's own)
@pytest.mark.parametrize("body,spans", [
    ("Hello NAME,\n\nThank you for meeting me about the role.", ["NAME"]),
    ("Dear Mr. Okafor,\n\nI enjoyed learning how JOB TITLE work is split at your firm.", ["JOB TITLE"]),
    ("Dear Ms. Ruiz,\n\nThank you for today.\n\nKind regards,\nYOUR NAME", ["YOUR NAME"]),
    ("Dear Ms. Ruiz,\n\nThank you for today.\n\nBest wishes,\nYour Name\n(your phone number and email)",
     ["Your Name", "(your phone number and email)"]),
    ("(Insert your street address)\nMay 4, XXXX\n\nDr. Ada Ruiz\nRuiz Labs\n\nDear Dr. Ruiz:\n\nThank you for the tour.",
     ["(Insert your street address)", "XXXX"]),
])
def test_template_residue_outside_brackets_letter_blocks_and_signature(body: str, spans: list[str]) -> None:
    assert flagged_texts(RULE, body) == spans


@pytest.mark.parametrize("body", [
    "Hi Dana,\n\nThe NASA and IBM case studies were fun. Sign me up for the ICU rota.",
    "Hi Dana,\n\nThanks (your point about the queue stayed with me) for today.",
])
def test_capitals_and_brackets_that_are_prose_are_not_placeholders(body: str) -> None:
    assert_clean(RULE, body)


@pytest.mark.parametrize("body,blank", [
    ("Hi —\nI hope your week is going well.", "—"), ("Dear –,\n\nThank you for Tuesday.", "–"),
    ("Hello -\n\nThanks again for the site visit.", "-"), ("Dear __,\n\nThank you for the call.", "__"),
    ("Good morning --:\n\nThank you for the panel.", "--"),
])
def test_a_dash_or_blank_alone_where_the_greeting_name_goes(body: str, blank: str) -> None:
    assert flagged_texts(RULE, body) == [blank]


@pytest.mark.parametrize("body", [
    "Hi Dana —\nthanks for the site visit.", "Hi — thanks for the site visit!", "Hi there -\n\nThanks.",
    "Hi Dana,\n\nThe rota - as you said - is fixed.",
])
def test_a_dash_after_a_name_or_joining_the_text_is_no_blank(body: str) -> None:
    assert_clean(RULE, body)


# Outside batch "fourth", class 5: a name the interview gives is never a placeholder. A role word after a
# title is a template's slot ("Dear Ms. Recruiter"), unless an interviewer has that surname.
def _iv(*names: str):
    from followup_lint import Interview

    return Interview.from_dict({"interviewers": [{"name": n} for n in names], "company": "Yoyodyne"})


@pytest.mark.parametrize("greeting,names", [
    ("Dear Mr. Manager,", ("Mike Manager",)), ("Dear Ms Recruiter,", ("Ola Recruiter", "Tim Byrne")),
    ("Hello Dr. Interviewer,", ("Sam Interviewer",)), ("Dear Mrs. Name,", ("Joyce Name",)),
])
def test_a_role_word_that_is_the_interviewers_surname_is_their_name(greeting, names):
    assert flagged_texts(RULE, f"{greeting}\n\nThank you for the tour.", _iv(*names)) == []


@pytest.mark.parametrize("greeting,word", [
    ("Dear Mr. Manager,", "Manager"), ("Dear Ms Recruiter,", "Recruiter"), ("Hello Dr. Interviewer,", "Interviewer"),
])
def test_a_role_word_nobody_is_called_stays_a_placeholder(greeting, word):
    assert flagged_texts(RULE, f"{greeting}\n\nThank you for the tour.", _iv("Mike Lester", "Peter Porter")) == [word]
    assert flagged_texts(RULE, f"{greeting}\n\nThank you for the tour.") == [word]


# Outside batch "fifth", class 5: a blank inside the company's own name ("XYZ Company" is the company the
# interview names) is the name, filled in; the same words are residue when the company is another.
def _company(company: str):
    from followup_lint import Interview

    return Interview.from_dict({"interviewers": [{"name": "Lena Ortiz"}], "company": company})


@pytest.mark.parametrize("sentence,company", [
    ("I admire how ABC Company XYZ trains its staff.", "ABC Company XYZ"),
    ("Working at XYZ Logistics would be a privilege.", "XYZ Logistics"),
    ("The tour of the xyz corp warehouse was great.", "XYZ Corp"),
])
def test_a_blank_inside_the_interviews_company_name_is_that_name(sentence, company):
    assert flagged_texts(RULE, f"Dear Ms. Ortiz,\n\n{sentence}\n\nBest,\nAnn", _company(company)) == []


@pytest.mark.parametrize("sentence,blank", [
    ("I admire how XYZ Logistics trains its staff.", "XYZ"),
    ("Working at XXX Organization would be a privilege.", "XXX"),
])
def test_the_same_blank_beside_another_company_stays_a_placeholder(sentence, blank):
    assert flagged_texts(RULE, f"Dear Ms. Ortiz,\n\n{sentence}\n\nBest,\nAnn", _company("Bramble Freight")) == [blank]


# Outside batch "fifth", class 5: a template's dummy telephone number left in the note.
@pytest.mark.parametrize("line,number", [
    ("You can reach me at (555) 555-5555.", "(555) 555-5555"),
    ("My mobile is 000-0000 if that is easier.", "000-0000"),
    ("Call 800.000.0000 any time after five.", "800.000.0000"),
    ("Phone: 999 9999", "999 9999"),
])
def test_a_dummy_phone_number_is_a_placeholder(line, number):
    assert flagged_texts(RULE, f"Hi Lena,\n\nThanks again. {line}\n\nBest,\nAnn") == [number]


@pytest.mark.parametrize("line", [
    "You can reach me at (415) 867-5309.", "Phone Number: 555 0100", "My mobile is 212-555-0143.",
    "We grew from 1000 to 5555 users.", "Order 2024-1234-5678 shipped.", "Call me at 907-123-4567.",
    "My cell is 555-555-1234.",
])
def test_a_real_or_fictional_range_number_is_no_placeholder(line):
    assert flagged_texts(RULE, f"Hi Lena,\n\nThanks again. {line}\n\nBest,\nAnn") == []


# Outside batch "fifth", class 2: the word a template leaves where the greeting's name goes.
@pytest.mark.parametrize("greeting,word", [
    ("Hi Name,", "Name"), ("Dear Firstname,", "Firstname"), ("Hello Surname,", "Surname"), ("Dear Recipient,", "Recipient"),
])
def test_a_name_slot_word_in_the_greeting_is_a_placeholder(greeting, word):
    assert flagged_texts(RULE, f"{greeting}\n\nThank you for the tour.", _iv("Mike Lester")) == [word]


# Outside batch "eighth", class 2: a stand-in name where the interviewer's name belongs is a placeholder
@pytest.mark.parametrize("greeting,word", [
    ("Hi so-and-so,", "so-and-so"), ("Dear Mr. Such-and-Such:", "Such-and-Such"),
    ("Hello Whatshername!", "Whatshername"), ("Dear What's His Name,", "What's His Name"),
    ("Dear so and so, it was lovely to meet you.", "so and so"),
])
def test_a_stand_in_name_in_the_greeting_is_a_placeholder(greeting, word):
    assert flagged_texts(RULE, f"{greeting}\n\nThank you for the tour.", _iv("Mike Lester")) == [word]


def test_a_stand_in_name_in_the_subject_is_a_placeholder():
    draft = Draft(subject="Thank you, Ms. So-and-so", body="Hi Mike,\n\nThank you for the tour.")
    assert flagged_texts(RULE, draft, _iv("Mike Lester")) == ["So-and-so"]


@pytest.mark.parametrize("body", [
    "Hi Mike, we went through such and such a long list that I lost count.\n\nThanks!",
    "Dear Whoever reads this,\n\nThank you for the tour.",
    "Dear Sir/Madam,\n\nThank you for the tour.",
    "Hi Mike,\n\nYou said so and so many times that the team ships weekly.",
])
def test_a_generic_address_or_the_same_words_in_prose_are_no_stand_in(body):
    assert flagged_texts(RULE, body, _iv("Mike Lester")) == []


@pytest.mark.parametrize("greeting", ["Hi Nam,", "Dear Joyce Name,", "Hi Names,"])
def test_a_name_that_looks_like_a_slot_word_is_the_name(greeting):
    assert flagged_texts(RULE, f"{greeting}\n\nThank you for the tour.", _iv("Joyce Name", "Nam Tran", "Ada Names")) == []


@pytest.mark.parametrize("text, token", [
    ("Dear #to_name#,\n\nThank you for the interview.", "#to_name#"),
    ("Hi %FIRST_NAME%,\n\nThanks for today.", "%FIRST_NAME%"),
    ("I am excited about the #job_title# role.", "#job_title#"),
])
def test_mail_merge_tokens_are_placeholders(text: str, token: str) -> None:
    from followup_lint.document.placeholders import find_placeholders

    assert [p.text for p in find_placeholders(text)] == [token]


@pytest.mark.parametrize("text", [
    "I write C# and F# every day.", "I follow #hiring and #jobs.", "We grew 50% in 2023 and 20% in 2024.",
    "Ranked #1 in the region.", "See issue #42# in the tracker.",
])
def test_hashes_and_percents_of_prose_are_no_placeholders(text: str) -> None:
    from followup_lint.document.placeholders import find_placeholders

    assert find_placeholders(text) == []


# Outside batch "seventh", class 3 (w-201): a dummy house number or postal code in a letter's address block
# is template residue, as a dummy phone number is.
@pytest.mark.parametrize("block,dummies", [
    ("Mr. Tom Reyes\nHarbour Goods LLC\n00 Elm Avenue\nSpringfield, IL 62701", ["00"]),
    ("Ms. Ada Kim\nKestrel Works\n14 Pine Road\nDover, New Jersey 00000", ["00000"]),
    ("Ms. Ada Kim\n000 Main Street\nAustin, TX 00000-0000", ["000", "00000-0000"]),
])
def test_a_dummy_house_number_or_postal_code_in_an_address_block_is_a_placeholder(block, dummies):
    body = f"{block}\n\nDear Ms. Kim,\n\nThank you for the interview.\n\nSincerely,\nAnn"
    assert flagged_texts(RULE, body) == dummies


@pytest.mark.parametrize("text", [
    "Ms. Ada Kim\n1000 Main Street, Suite 100\nAustin, TX 78701\n\nDear Ms. Kim,\n\nThanks.",
    "Hi Ada,\n\nWe cut the backlog from 1,000 to 00 open tickets. Take the 00 bus.\n\nBest,\nAnn",
    "Hi Ada,\n\nOur store code 00000 is on the receipt.\n\nBest,\nAnn",
])
def test_zeros_outside_an_address_line_or_inside_a_real_number_are_no_placeholder(text):
    assert flagged_texts(RULE, text) == []


# Outside batch "ninth", class 2 (y-202, y-002): a postal code counting up from one ("12345") in an address
# block is a model letter's dummy, as zeros are; a repository tagged "[owner/name]" in a code host's
# subject is no slot, and a real-shaped international number holding "555" is no dummy phone.
@pytest.mark.parametrize("block,dummies", [
    ("Ms. Rosa Vidal\n88 Quarry Lane\nBrookfield, OH 12345", ["12345"]),
    ("Mr. Ian Holt\n7 Birch Court\nLakeside, Vermont 12345-6789", ["12345-6789"]),
    ("Ms. Rosa Vidal\n000 Quarry Lane\nBrookfield, OH 12345", ["000", "12345"]),
])
def test_a_postal_code_counting_up_in_an_address_block_is_a_placeholder(block, dummies):
    body = f"{block}\n\nDear Ms. Vidal,\n\nThank you for the interview.\n\nSincerely,\nAnn"
    assert flagged_texts(RULE, body) == dummies


@pytest.mark.parametrize("text", [
    "Ms. Rosa Vidal\n12345 Quarry Lane\nBrookfield, OH 44012\n\nDear Ms. Vidal,\n\nThanks.",  # a house number
    "Hi Rosa,\n\nThe test password was 12345, which I changed.\n\nBest,\nAnn",                 # not an address
    "Hi Rosa,\n\nThanks again.\n\nAnn Lee\n21 Mill Road\nCork T12 X2Y3\n+353 87 555 0123",
    "Hi Rosa,\n\nThanks again.\n\nAnn Lee\n+92 321 5550147",
])
def test_other_numbers_and_real_shaped_phones_are_no_dummy(text):
    assert flagged_texts(RULE, text) == []


@pytest.mark.parametrize("subject", [
    "Re: [ColumbiaBuildLab/2020-Coding-Challenge] Build Challenge Submission (#27)",
    "Re: [acme-labs/backend-take-home] Solution by Ann (#4)",
    "[NorthwindTraders/interview2023] Please review",
])
def test_a_repository_tag_in_the_subject_is_no_placeholder(subject):
    draft = Draft(subject=subject, body="Hi Rosa,\n\nI pushed the fix.\n\nBest,\nAnn")
    assert findings_of(RULE, draft) == []


@pytest.mark.parametrize("subject,slot", [
    ("Thank you - [Name/Title]", "[Name/Title]"),
    ("Thank you - [company/role]", "[company/role]"),
])
def test_joined_slot_words_in_brackets_stay_a_placeholder(subject, slot):
    draft = Draft(subject=subject, body="Hi Rosa,\n\nThanks.\n\nBest,\nAnn")
    assert flagged_texts(RULE, draft) == [slot]


# -- probes of the label's edges, fresh wordings in many registers (issue 11) -----------------------------

def _ph(content: str, greeting: str = "Hi Dana,", signoff: str = "Best regards,\nSam") -> str:
    return f"{greeting}\n\n{content}\n\n{signoff}"


PLACEHOLDER_PROBES = [
    (_ph("Thank you for the interview.", greeting="Dear [Hiring Manager's Name],"), {}, "[Hiring Manager's Name]"),
    (_ph("Thank you for the interview for the {position} role."), {}, "{position}"),
    (_ph("I enjoyed learning about <Company> and its plans."), {}, "<Company>"),
    (_ph("I am available on XX/XX for a second round."), {}, "XX/XX"),
    (_ph("Thank you for the opportunity at Company Name."), {}, "Company Name"),
    (_ph("I look forward to hearing from you by (insert date)."), {}, "(insert date)"),
    (_ph("Thank you for the interview.", signoff="Best regards,\n[Your Name]"), {}, "[Your Name]"),
    (_ph("Thank you for the interview."), {"subject": "Thank you - [Position] interview"}, "[Position]"),
    (_ph("Thanks for today. (Add a line about the project you discussed.)"), {}, "Add a line about the project"),
    (_ph("My reference number is XXX-XXX."), {}, "XXX"),
    (_ph("I enjoyed meeting the team at [COMPANY]."), {}, "[COMPANY]"),
]

NOT_PLACEHOLDER_PROBES = [
    _ph("As noted in the annual report [1], churn fell by 12%."),
    _ph("My portfolio is at [my site](https://sam.example)."),
    _ph("The job ad said 'teh team' [sic], which made me smile."),
    _ph("I fixed the bug in the `items[0]` handling of the parser."),
    _ph("My address: 14 Adeola Odeku Street, Victoria Island, Lagos."),
    _ph("We used `${var.region}` in every Terraform module."),
    _ph("Section (a) of the brief asked for a staffing plan."),
    _ph("My flat is at 221B Baker Street, London NW1 6XE."),
    _ph("Thank you for the interview at XYZ Company."),
    _ph("Thanks for today.", signoff="Best regards,\nSam Okoye\n+234 803 412 7781"),
]


@pytest.mark.parametrize("body,text", [
    (_ph("I enjoyed our talk. (Describe one specific moment from the interview.)"),
     "(Describe one specific moment from the interview.)"),
    (_ph("I would bring strong skills. (include two skills that match the advert)"),
     "(include two skills that match the advert)"),
    (_ph("We met on Monday (state the date you met) at the depot."), "(state the date you met)"),
    (_ph("Hi {name}, the config lives in `settings.py`."), "{name}"),
    (_ph("Thanks, `{{first_name}}`, for the tour."), "{{first_name}}"),
])
def test_instructions_in_brackets_and_slots_beside_code_are_placeholders(body: str, text: str) -> None:
    assert flagged_texts(RULE, body) == [text]


@pytest.mark.parametrize("body", [
    _ph("Happy to connect there too (add me on LinkedIn if you like)."),
    _ph("The Terraform output `${module.vpc.id}` feeds the next stage."),
    _ph("The report format key was `{customer_id}` in every row."),
    _ph("The tooling was state of the art (state of the art for 2019, anyway)."),
])
def test_inline_code_and_ordinary_asides_are_no_placeholders(body: str) -> None:
    assert flagged_texts(RULE, body) == []


# -- harder wordings -------------------------------------------------------------

PLACEHOLDER_PROBES_2 = [
    (_ph("Thank you.", greeting="Dear Mr./Ms. [Last Name],"), "[Last Name]"),
    (_ph("I look forward to joining {{company}}."), "{{company}}"),
    (_ph("I was impressed by <insert detail>."), "<insert detail>"),
    (_ph("Call me on 0XX XXX XXXX."), "XX"),
    (_ph("I am available from [DATE]."), "[DATE]"),
    (_ph("I enjoyed discussing [topic discussed]."), "[topic discussed]"),
    (_ph("Thank you for the interview for the ________ position."), "________"),
    (_ph("My LinkedIn: linkedin.com/in/yourname"), "yourname"),
    (_ph("Thanks.", signoff="Regards,\n(Your Name)"), "Your Name"),
    (_ph("I am excited about the POSITION TITLE role."), "POSITION TITLE"),
    (_ph("Thank you.", greeting="Dear <<Name>>,"), "Name"),
]

NOT_PLACEHOLDER_PROBES_2 = [
    _ph("See the attached CV [PDF, 2 pages]."), _ph("My GitHub is github.com/samokoye."),
    _ph("As per clause [4.2] of the brief, I would keep the notice."), _ph("The survey scored 4/5 [n=120]."),
    _ph("I love the X-Men films, incidentally."), _ph("The XXL banner was a nice touch."),
    _ph("We used C# and F# in the project."), _ph("Our template literal `Hello ${name}` printed fine."),
    _ph("Plot 12, Block B, Lekki Phase 1, Lagos."), _ph("The <br> tag broke the layout."),
    _ph("I scored 100% on the test."),
]


@pytest.mark.parametrize("body,kw,text",
                         PLACEHOLDER_PROBES + [(b, {}, t) for b, t in PLACEHOLDER_PROBES_2])
def test_probe_template_residue_of_every_form(body: str, kw: dict, text: str) -> None:
    assert any(text in t or t in text for t in flagged_texts(RULE, body, **kw) if t)


@pytest.mark.parametrize("body", NOT_PLACEHOLDER_PROBES + NOT_PLACEHOLDER_PROBES_2)
def test_probe_footnotes_links_code_addresses_are_no_placeholders(body: str) -> None:
    interview = {"company": "XYZ Company", "interviewers": [{"name": "Dana Okafor"}]}
    assert flagged_texts(RULE, body, interview) == []


@pytest.mark.parametrize("body,text", [
    (_ph("Thanks for your time, <your name> here."), "<your name>"),
    (_ph("I'd love to join <company name> soon."), "<company name>"),
    (_ph("Portfolio: github.com/your-username"), "your-username"),
    (_ph("Find me at linkedin.com/in/firstname-lastname"), "firstname-lastname"),
])
def test_lowercase_angle_slots_and_profile_link_slots(body: str, text: str) -> None:
    assert flagged_texts(RULE, body) == [text]


@pytest.mark.parametrize("body", [
    _ph("The <div> and <span> wrappers were the problem."),
    _ph("Section [3.1.4] of the spec covers retries."),
    _ph("Find me at linkedin.com/in/sam-okoye-42"),
])
def test_tags_section_numbers_and_real_profile_links_are_no_placeholders(body: str) -> None:
    assert flagged_texts(RULE, body) == []


# Outside batch "tenth", class 3: a lone X (or a run of the letters a template repeats) where the greeting's
# name goes is a slot, and so is a lower-case run of x after a word that wants its object ("about xxxxx");
# kisses at the end of a line, after a word or a comma, are not
@pytest.mark.parametrize("greeting,word", [
    ("Dear X,", "X"), ("Hi X!", "X"), ("Dear Mr. X,", "X"), ("Dear Dr. X:", "X"), ("Dear Z,", "Z"), ("Hello xx,", "xx"),
])
def test_a_letter_alone_where_the_greeting_name_goes_is_a_placeholder(greeting, word):
    assert flagged_texts(RULE, f"{greeting}\n\nThank you for the tour.", _iv("Mike Lester")) == [word]


@pytest.mark.parametrize("sentence,run", [
    ("I especially enjoyed hearing about xxxx and the team.", "xxxx"),
    ("Our chat on the xxxxxx project stayed with me.", "xxxxxx"),
    ("I look forward to joining xxx as an analyst.", "xxx"),
    ("It was great to learn how your team handles xxxxx every week.", "xxxxx"),
    ("Thanks for explaining the role of xxxxxxx in the plant.", "xxxxxxx"),
    ("My time at xxxx taught me to plan shifts.", "xxxx"),
])
def test_a_lower_case_x_run_where_a_word_belongs_is_a_placeholder(sentence, run):
    from followup_lint.rules.spelling import MisspelledWord

    body = f"Hi Mike,\n\n{sentence}\n\nBest,\nSam"
    assert flagged_texts(RULE, body, _iv("Mike Lester")) == [run]
    assert flagged_texts(MisspelledWord, body, _iv("Mike Lester")) == []


@pytest.mark.parametrize("body", [
    "Hi Mike,\n\nThank you so much for today! Love, Sam xxx",
    "Hi Mike,\n\nSpeak soon, xxxx\n\nSam",
    "Hi Mike,\n\nThanks again for everything xx",
    "Dear Malcolm X Lester,\n\nThank you for the tour.",
    "Hi Mike,\n\nThe X-ray unit and the X axis plot both came up.",
])
def test_kisses_and_a_letter_beside_a_name_are_no_placeholder(body):
    assert flagged_texts(RULE, body, _iv("Mike Lester")) == []


# Outside batch 11, class 2: a note to self left in brackets, an instruction to the writer (fresh wordings)
@pytest.mark.parametrize("body,spans", [
    ("Hi Dana,\n\nThe slides are here: (paste deck link before sending)", ["(paste deck link before sending)"]),
    ("Hi Dana,\n\nMy repository: [insert GitHub URL]\n\nThanks again.", ["[insert GitHub URL]"]),
    ("Hi Dana,\n\nI attached the write-up (attach PDF) for the pipeline task.", ["(attach PDF)"]),
    ("Hi Dana,\n\nWe spoke on Monday (TODO: check the day) about the queue.", ["(TODO: check the day)"]),
    ("Hi Dana,\n\nThe rollout went well [FIXME] and the team was great.", ["[FIXME]"]),
    ("Hi Dana,\n\nYour churn number was 14% (check this).", ["(check this)"]),
    ("Hi Dana,\n\nThe demo runs on staging (fix the URL before I send it).", ["(fix the URL before I send it)"]),
    ("Hi Dana,\n\nHere is a short walkthrough: (Upload the Loom recording here)", ["(Upload the Loom recording here)"]),
    ("Hi Dana,\n\nI loved the mentoring story (reword this later).", ["(reword this later)"]),
    ("Hi Dana,\n\nMy case study (add Behance portfolio) shows the same flow.", ["(add Behance portfolio)"]),
])
def test_a_note_to_self_left_in_brackets_is_a_placeholder(body: str, spans: list[str]) -> None:
    assert flagged_texts(RULE, body) == spans


@pytest.mark.parametrize("body", [
    "Hi Dana,\n\nFeel free to reach me any time (add me on LinkedIn if you like).",
    "Hi Dana,\n\nI added tests for the parser (see the repo link below).",
    "Hi Dana,\n\nThe start date (TBC) would be early March.",
    "Hi Dana,\n\nI will send the deck later (after the review on Friday).",
    "Hi Dana,\n\nMy todo app (a small React project) uses the same pattern.",
    "Hi Dana,\n\nThe fix (I attached the PDF of the benchmark) cut latency in half.",
    "Hi Dana,\n\nWe can check this together next week (if that suits you).",
    "Hi Dana,\n\nThe to-do list feature [added in v2] came up in our talk.",
])
def test_asides_in_brackets_that_are_prose_are_not_notes_to_self(body: str) -> None:
    assert_clean(RULE, body)


# Outside batch "twelfth", class 1 (m-202, a regression): a bracketed slot is a slot whatever markup wraps
# it, inline code too ("`[paste the URL here]`"); code that merely holds brackets is no slot.
@pytest.mark.parametrize("body,slot", [
    (_ph("My repository is here: `[insert GitHub link]`"), "[insert GitHub link]"),
    (_ph("Thanks for the talk.", signoff="Kind regards,\n`[Your Full Name]`"), "[Your Full Name]"),
    (_ph("I applied for the `[Job Title]` opening last week."), "[Job Title]"),
    (_ph("Deployed demo: ` [add the Netlify address] `"), "[add the Netlify address]"),
    (_ph("Thanks for the call about `[Company]`."), "[Company]"),
    (_ph("Video walkthrough: `[Loom Recording Link]`"), "[Loom Recording Link]"),
    (_ph("Thanks.", greeting="Dear `[Hiring Manager]`,"), "[Hiring Manager]"),
    (_ph("My phone: `[PHONE NUMBER]`"), "[PHONE NUMBER]"),
    (_ph("The form is signed: `[Signature and Date]`"), "[Signature and Date]"),
])
def test_a_bracketed_slot_wrapped_in_inline_code_is_a_placeholder(body: str, slot: str) -> None:
    assert flagged_texts(RULE, body) == [slot]


@pytest.mark.parametrize("body", [
    _ph("The bug was an off-by-one in `rows[n]` of the pager."),
    _ph("I read the header with `headers['X-Request-Id']` now."),
    _ph("The default was `[0, 0, 0]` in the old colour picker."),
    _ph("We both liked `[\"alpha\", \"beta\"]` as the flag list."),
    _ph("The test fixture `users[0].Email` was the culprit."),
    _ph("I typed `tags = [Draft]` in the YAML by mistake."),
    _ph("Python slices like `seq[1:3]` came up in the pairing."),
    _ph("The mapping `env[\"STAGE\"]` selects the stage."),
    _ph("As the spec says, the list [1, 2, 3] is sorted first."),
])
def test_code_that_holds_brackets_is_no_placeholder(body: str) -> None:
    assert flagged_texts(RULE, body) == []


# Outside batch "twelfth", class 2 (m-201): a dummy telephone number in another country's shape, in the
# range a regulator keeps for drama and examples ending in four of one digit or 1234, or with its last six
# digits all one digit; a plausible line of such a range, or a real number holding 555, stays the writer's.
@pytest.mark.parametrize("line,number", [
    ("Mobile: 0466 666 666", "0466 666 666"),
    ("You can ring me on 07700 900000.", "07700 900000"),
    ("Office: +44 28 9649 6666", "+44 28 9649 6666"),
    ("My landline is (03) 5550 1234 after six.", "(03) 5550 1234"),
    ("Call +61 491 570 000 any time.", "+61 491 570 000"),
    ("Tel. 0161 496 0000", "0161 496 0000"),
    ("WhatsApp: +61 2 7010 1234", "+61 2 7010 1234"),
    ("Reach me at +44 (0) 113 496 0000.", "+44 (0) 113 496 0000"),
    ("Phone 08 7010 0000 during the day.", "08 7010 0000"),
    ("My number is 0300 000 000.", "0300 000 000"),
])
def test_a_dummy_phone_in_another_countrys_shape_is_a_placeholder(line, number):
    assert flagged_texts(RULE, f"Hi Lena,\n\nThanks again. {line}\n\nBest,\nAnn") == [number]


@pytest.mark.parametrize("line", [
    "Mobile: 0412 555 871", "You can ring me on 07911 555432.", "Office: +44 20 7555 0199",
    "My landline is (02) 9555 0134.", "Call +61 3 9555 1234 any time.", "WhatsApp: +234 805 555 0182",
    "My number is +63 917 555 0123.", "Reach me at +30 210 555 1234.", "We grew to 1 555 555 users.",
    "Tel. 0161 555 0382", "Mobile: +44 7700 900418", "Office: (03) 5550 8812",
])
def test_a_real_shaped_phone_in_another_countrys_shape_is_no_placeholder(line):
    assert flagged_texts(RULE, f"Hi Lena,\n\nThanks again. {line}\n\nBest,\nAnn") == []


# Outside notes, class "a Markdown link to a slot word": the template's "[](url)" or "[Live demo](link)"
# was never given its address; a link to a real address, a file or an anchor is no placeholder.
@pytest.mark.parametrize("body,span", [
    ("Hi Dana,\n\nThanks for the review, the demo is here: [](url)\n\nLee", "[](url)"),
    ("Hi Dana,\n\nThanks. My repository: [Live demo](link) is up.\n\nLee", "[Live demo](link)"),
    ("Hi Dana,\n\nThanks. The live version [](URL) is up.\n\nLee", "[](URL)"),
    ("Hi Dana,\n\nThanks. Slides: [my slides]( your-link-here )\n\nLee", "[my slides]( your-link-here )"),
])
def test_a_markdown_link_to_a_slot_word_is_left_over(body: str, span: str) -> None:
    assert flagged_texts(RULE, body) == [span]


@pytest.mark.parametrize("body", [
    "Hi Dana,\n\nThanks. Slides: [my slides](https://slides.example/s)\n\nLee",
    "Hi Dana,\n\nThanks. Setup notes: [setup](docs/url.md) and [the demo](#demo).\n\nLee",
    "Hi Dana,\n\nThanks. The link is in the url field of the form.\n\nLee",
])
def test_a_markdown_link_to_an_address_a_file_or_an_anchor_is_no_placeholder(body: str) -> None:
    assert_clean(RULE, body)


# Outside batch "thirteenth" (n-221): a form left unfilled, several labelled fields in a row with nothing
# after the colon, is a leftover placeholder (each field reported); one label before its list, a filled
# list and a field with its value are not.
@pytest.mark.parametrize("block,flagged", [
    ("Here is the plan we agreed:\n- Start date:\n- Team:\n- Mentor:", ["Start date:", "Team:", "Mentor:"]),
    ("My proposal:\n1. Dataset:\n2. Baseline model:", ["Dataset:", "Baseline model:"]),
    ("* Budget range:  \n* Reporting line:", ["Budget range:", "Reporting line:"]),
    ("Availability:\nNotice period:\nSalary expectation:", ["Availability:", "Notice period:", "Salary expectation:"]),
    ("Here is the plan we agreed:\n- Start date: 3 June\n- Team: payments\n- Mentor: Ola", []),
    ("Key highlights:\n- Clean Architecture\n- 89% test coverage", []),
    ("Attachments: portfolio.pdf, CV.pdf", []),
    ("Attachments:\nportfolio.pdf", []),
    ("Next steps:\n- I send the plan on Friday.", []),
    ("Availability:\nNotice period:", []),
])
def test_a_form_left_unfilled_is_a_placeholder(block: str, flagged: list[str]) -> None:
    body = f"Hi Lena,\n\nThanks again for today.\n\n{block}\n\nBest,\nAnn"
    assert flagged_texts(RULE, body) == flagged


# Outside batch "fourteenth" (p-205 "Dear Person,", p-208 "Hello Ms. Manager," ... "Carrie Candidate"): a
# generic role noun used as the name in a model letter's greeting, after a title or alone when it can be
# nobody's address, and as the dummy family name of its signature, is a stand-in left unfilled.
@pytest.mark.parametrize("body,span", [
    ("Dear Candidate,\n\nThank you for meeting me on Tuesday.\n\nBest,\nDee", "Candidate"),
    ("Hi Applicant,\n\nThank you for meeting me on Tuesday.\n\nBest,\nDee", "Applicant"),
    ("Dear Mr. Interviewer,\n\nThank you for meeting me on Tuesday.\n\nBest,\nDee", "Interviewer"),
    ("Dear Ms. Reviewer,\n\nThank you for reviewing my take-home.\n\nBest,\nDee", "Reviewer"),
    ("Dear Laura,\n\nThank you for meeting me on Tuesday.\n\nBest regards,\nAndy Applicant", "Andy Applicant"),
    ("Dear Laura,\n\nThank you for meeting me on Tuesday.\n\nSincerely,\nStudent Name", "Student Name"),
    ("Dear Laura,\n\nThank you for meeting me on Tuesday.\n\nThanks,\nPeter Person", "Peter Person"),
])
def test_a_role_noun_standing_for_a_name_is_a_placeholder(body: str, span: str) -> None:
    assert flagged_texts(RULE, body) == [span]


@pytest.mark.parametrize("body", [
    "Dear Hiring Manager,\n\nThank you for meeting me on Tuesday.\n\nBest,\nDee",
    "Dear Recruiter,\n\nThank you for meeting me on Tuesday.\n\nBest,\nDee",
    "Dear Sir or Madam,\n\nThank you for meeting me on Tuesday.\n\nBest,\nDee",
    "Dear Reviewer,\n\nThank you for reviewing my take-home.\n\nBest,\nDee",
    "Dear Laura,\n\nThank you for meeting me on Tuesday.\n\nBest,\nAnna Person",
    "Dear Laura,\n\nThank you for meeting me on Tuesday.\n\nBest,\nCarla Castillo",
])
def test_generic_greetings_and_real_names_are_no_stand_in(body: str) -> None:
    assert_clean(RULE, body)


# Outside batch "fifteenth" (s-311 "the code is here: <link to the repository>"): a run of plain words in
# angle brackets is a slot whatever its first word, even an HTML element's name ("link", "a", "b"); a tag
# with HTML's attribute syntax, or a bare name, stays markup.
@pytest.mark.parametrize("body,span", [
    ("Hi Dana,\n\nThe finished app lives at <link to the demo>, and runs locally.\n\nBest,\nDee",
     "<link to the demo>"),
    ("Hi Dana,\n\nMy summary: <a short summary of the project>.\n\nBest,\nDee", "<a short summary of the project>"),
    ("Hi Dana,\n\nI especially liked <mention something from the call>.\n\nBest,\nDee",
     "<mention something from the call>"),
    ("Hi Dana,\n\nWe talked about <b two lines on the architecture>.\n\nBest,\nDee",
     "<b two lines on the architecture>"),
    ("Hi Dana,\n\nThe video is here: <video link goes here>\n\nBest,\nDee", "<video link goes here>"),
])
def test_plain_words_in_angle_brackets_are_a_slot_whatever_the_first_word(body: str, span: str) -> None:
    assert flagged_texts(RULE, body) == [span]


@pytest.mark.parametrize("body", [
    "Hi Dana,\n\nThe layout broke at the <br> tag.\n\nBest,\nDee",
    "Hi Dana,\n\nThe screenshot: <img width=\"400\" alt=\"the board\" src=\"https://x.example/a.png\">\n\nBest,\nDee",
    "Hi Dana,\n\nThe demo: <video controls autoplay> plays fine now.\n\nBest,\nDee",
    "Hi Dana,\n\nSee <a href=\"https://x.example\">my repository</a> for the code.\n\nBest,\nDee",
    "Hi Dana,\n\nThe bound is x<y and z>w in the proof.\n\nBest,\nDee",
])
def test_html_tags_and_comparisons_are_no_angle_slot(body: str) -> None:
    assert_clean(RULE, body)


# Probes (issue 11): whole short notes written fresh from the label definition, over registers, other
# Englishes, phones, formal letters and GitHub notes, judged by lint_draft with an interview. Each names its
# class; against main before this change 14 of 35 FIRES and 1 of 20 CLEAN failed. Two failing FIRES are left
# out, as readings the definition leaves open: a "John Doe" signature (a name a person may bear, as
# data/placeholders.toml decides) and "join the team at Your Company" (writers of some Englishes capitalise
# "Your Company" out of respect).
PROBE_INTERVIEW = Interview(interviewers=(Interviewer("Chidinma Eze"),), company="Harbourline Logistics",
                            role="Operations Analyst")

PROBE_FIRES = [
    # angle slots, also in GitHub notes and inside inline code
    ("Hi @chidinma-eze,\n\nThe take-home is done; the code is at <link to the repository>.\n\nThanks,\nTunde", "angle"),
    ("Dear Ms. Eze,\n\nThank you for discussing the <position title> opening with me on Monday.\n\nRegards,\nTunde", "angle"),
    ("Hi Chidinma,\n\nTo run it, clone `<your-repo-url>` and start the worker.\n\nThanks,\nTunde", "inline-code"),
    ("Hi Chidinma,\n\nThe dashboard lives at `{{dashboard_url}}` if you want a look.\n\nThanks,\nTunde", "inline-code"),
    # mail-merge tokens of other tools
    ("Dear «FirstName»,\n\nThank you for the depot walk-through yesterday.\n\nBest,\nTunde", "merge"),
    ("Dear %FIRST_NAME%,\n\nThank you for the depot walk-through yesterday.\n\nBest,\nTunde", "merge"),
    ("Hello ${interviewer},\n\nThank you for the depot walk-through yesterday.\n\nBest,\nTunde", "merge"),
    ("Hi {{ first_name }},\n\nThanks for the chat about the forklift audit.\n\nTunde", "braces"),
    # square-bracket slots
    ("Dear Ms. Eze,\n\nI enjoyed [insert one detail from the conversation] and the depot tour.\n\nRegards,\nTunde", "bracket"),
    ("Dear Ms. Eze,\n\nThank you for meeting me on [day of interview].\n\nRegards,\nTunde", "bracket"),
    ("Dear Ms. Eze,\n\nThanks for the time today.\n\nWarm regards,\n[Full name]\n[Phone]", "bracket"),
    # Markdown link slots
    ("Hi Chidinma,\n\nMy portfolio is [here](link) and the case study is attached.\n\nThanks,\nTunde", "md-link"),
    ("Hi Chidinma,\n\nThe write-up is on [my blog](URL).\n\nThanks,\nTunde", "md-link"),
    ("Hi Chidinma,\n\nSee the demo: [demo video](#)\n\nThanks,\nTunde", "md-link"),
    # instructions left in, unbracketed
    ("Dear Ms. Eze,\n\nThank you for the interview. Insert a sentence about a topic you discussed.\n\nRegards,\nTunde", "instruction"),
    ("Dear Ms. Eze,\n\nThank you for the interview. (Mention something specific you learned here.)\n\nRegards,\nTunde", "instruction"),
    ("Dear Ms. Eze,\n\nThank you for the interview for the INSERT ROLE position.\n\nRegards,\nTunde", "instruction"),
    # notes to self
    ("Hi Chidinma,\n\nThanks for today. TODO: add the bit about the cold-chain audit\n\nBest,\nTunde", "note-to-self"),
    ("Hi Chidinma,\n\nThanks for today. NOTE TO SELF: check her job title before sending.\n\nBest,\nTunde", "note-to-self"),
    ("Hi Chidinma,\n\nThanks for today (check spelling of her surname!!).\n\nBest,\nTunde", "note-to-self"),
    # dummy contact data
    ("Dear Ms. Eze,\n\nThank you for your time.\n\nSincerely,\nTunde Bello\n(123) 456-7890", "dummy-phone"),
    ("Dear Ms. Eze,\n\nThank you for your time.\n\nSincerely,\nTunde Bello\n+1 (XXX) XXX-XXXX", "dummy-phone"),
    ("Dear Ms. Eze,\n\nThank you for your time.\n\nSincerely,\nTunde Bello\nyourname@email.com", "dummy-email"),
    ("Dear Ms. Eze,\n\nThank you for your time.\n\nSincerely,\nTunde Bello\nxxx@xxx.com", "dummy-email"),
    ("Dear Ms. Eze,\n\nThank you for your time.\n\nSincerely,\nTunde Bello\n123 Any Street, Anytown, ST 00000", "dummy-address"),
    # stand-in names
    ("Dear Mr./Ms. Lastname,\n\nThank you for your time today.\n\nSincerely,\nTunde", "stand-in"),
    ("Hi Firstname,\n\nThank you for your time today.\n\nCheers,\nTunde", "stand-in"),
    ("Dear Ms. Eze,\n\nThank you for your time.\n\nSincerely,\nFirstname Lastname", "stand-in"),
    # "Company Name" slots and blanks
    ("Dear Ms. Eze,\n\nI would love to join [COMPANY] and help with the audit.\n\nRegards,\nTunde", "company"),
    ("Dear Ms. Eze,\n\nThank you for the interview on the ___ of March.\n\nRegards,\nTunde", "blank"),
    ("Dear Ms. Eze,\n\nThank you for the interview on the XXth of March.\n\nRegards,\nTunde", "x-run"),
    ("Dear Ms. Eze,\n\nMy reference number is xxxx-xxxx.\n\nRegards,\nTunde", "x-run"),
    # empty form fields
    ("Hi Chidinma,\n\nHere is the summary you asked for:\nName: Tunde Bello\nPosition:\nAvailable from:\n\nThanks,\nTunde", "form"),
]

PROBE_CLEAN = [
    # real brackets that are no slots
    ("Dear Ms. Eze,\n\nYou joked that the old rota was \"manageable [sic]\" and I laughed all the way home.\n\nRegards,\nTunde", "sic"),
    ("Dear Ms. Eze,\n\nThank you for the interview. My updated CV is attached (see attached).\n\nRegards,\nTunde", "see-attached"),
    ("Hi Chidinma,\n\nThanks again for today, it was lovely <3\n\nTunde", "heart"),
    ("Hi Chidinma,\n\nI swapped the `<div>` for a `<section>` as you suggested.\n\nThanks,\nTunde", "code-tag"),
    ("Hi Chidinma,\n\nThe paper you mentioned [1] changed how I see slotting.\n\n[1] Bartholdi, Warehouse Science, 2019\n\nThanks,\nTunde", "ref"),
    ("Hi Chidinma,\n\nThe `Map<String, Order>` lookup now replaces the loop.\n\nThanks,\nTunde", "generic-in-code"),
    ("Hi @chidinma-eze,\n\n<details><summary>Test output</summary>\n\nall 42 passed\n\n</details>\n\nThanks,\nTunde", "html-details"),
    ("Hi @chidinma-eze,\n\nDone:\n- [x] tests pass\n- [ ] docs updated\n\nThanks,\nTunde", "task-list"),
    ("Hi Chidinma,\n\nThe repo is at <https://github.com/tbello/depot-audit> and the demo at [this page](https://tbello.dev/demo).\n\nThanks,\nTunde", "autolink"),
    ("Hi Chidinma,\n\nThanks for today.<br>\nTunde<br>\n<img src=\"https://tbello.dev/sig.png\" alt=\"logo\">", "html-tags"),
    ("Hi Chidinma,\n\nThe new pick path keeps latency < 200 ms and > 50 ms under load.\n\nThanks,\nTunde", "math"),
    ("Hi Chidinma,\n\nI know the start date is still TBD on your side.\n\nThanks,\nTunde", "tbd"),
    ("Hi Chidinma,\n\n```json\n{\"name\": \"audit\", \"shifts\": [1, 2]}\n```\n\nThanks,\nTunde", "code-fence"),
    ("Hi Chidinma,\n\n```html\n<div class=\"card\"><span>{title}</span></div>\n```\n\nThanks,\nTunde", "code-fence-html"),
    ("Dear Ms. Eze,\n\nThank you for the interview for the Operations Analyst role at Harbourline Logistics on Monday.\n\nSincerely,\nTunde Bello\n+234 802 614 3378\ntunde.bello@mailbox.ng", "filled-template"),
    ("Dear Ms. Eze,\n\nThank you for your time.\n\nSincerely,\nTunde Bello\nPosition: Operations Analyst\nAvailable from: 1 July", "filled-form"),
    ("Hi Chidinma,\n\nThe Louis XIV chairs in your lobby are a talking point :-)\n\nThanks,\nTunde", "roman"),
    ("Hi Chidinma,\n\nThanks for today >_< I rambled about cold chains.\n\nTunde", "emoticon"),
    ("Hi Chidinma,\n\nThank you (again!) for the depot tour.\n\nTunde", "aside"),
    ("Hi Chidinma,\n\nEDIT: I pushed the fix for the timezone bug.\n\nTunde", "edit-note"),
]


def _placeholder_found(body: str) -> bool:
    report = lint_draft(Draft(body=body, subject="Thank you"), PROBE_INTERVIEW, now=None)
    return any(f.rule == "leftover-placeholder" for f in report.findings)


# Further wordings of the classes fixed after the probes (written after the fix, none seen before it)
FIXED_CLASS_FIRES = [
    ("Hi Chidinma,\n\nThanks for today.\n\nBest,\nTunde\n123.456.7890", "counting phone"),
    ("Hi Chidinma,\n\nYou can call me on 123-456-7890 after six.\n\nTunde", "counting phone"),
    ("Hi Chidinma,\n\nThanks for today.\n\nBest,\nTunde\nyour.name@gmail.com", "dummy e-mail"),
    ("Hi Chidinma,\n\nThanks for today.\n\nBest,\nTunde\nFIRSTNAME.LASTNAME@outlook.com", "dummy e-mail"),
    ("Hi Chidinma,\n\nThanks for today.\n\nBest,\nTunde\n45 Harbour Road\nAnycity, Anystate", "stand-in place"),
    ("Hi Chidinma,\n\nI can start on June XXst if that suits you.\n\nTunde", "ordinal x-run"),
    ("Hi Chidinma,\n\nThanks for today. FIXME - swap in the depot photo\n\nTunde", "open note"),
    ("Hi Chidinma,\n\nNote to self: soften this paragraph\n\nThanks for the tour.\n\nTunde", "open note"),
    ("Dear Mr. Kulkarni,\n\nThank you [confirm his title] for the panel.\n\nTunde", "checking note"),
    ("Dear Ms. Eze,\n\nThanks again (verify their name on LinkedIn) for the tour.\n\nTunde", "checking note"),
    ("Dear Ms. Eze,\n\nThank you for the tour. Insert your strongest achievement here.\n\nTunde", "instruction"),
    ("Dear Ms. Eze,\n\nI would love to join the INSERT COMPANY NAME team.\n\nTunde", "instruction"),
    ("Hi Chidinma,\n\nAs promised:\nCandidate: Tunde Bello\nRole applied for:\nNotice period:\n\nTunde", "form"),
    ("Dear Mr/Mrs Surname,\n\nThank you for the interview.\n\nTunde", "title pair"),
    ("Hi Chidinma,\n\nThe recording is at `<paste-your-link>` now.\n\nTunde", "angle in code"),
    ("Hi Clientname,\n\nThank you for the interview.\n\nTunde", "name compound"),
    ("Dear Ms. Managername,\n\nThank you for the interview.\n\nTunde", "name compound"),
]

FIXED_CLASS_CLEAN = [
    ("Hi Chidinma,\n\nThanks for today.\n\nBest,\nTunde\n907-123-4567", "real phone"),
    ("Hi Chidinma,\n\nThanks for today. Email me at tunde@bello.dev any time.\n\nTunde", "real e-mail"),
    ("Hi Chidinma,\n\nAny street in Lagos would be a shorter commute than mine.\n\nTunde", "place in prose"),
    ("Hi Chidinma,\n\nI ordered the XXL hoodie from the careers page.\n\nTunde", "size"),
    ("Hi @chidinma-eze,\n\nI left two TODO comments in the PR for the retry logic.\n\nTunde", "todo in prose"),
    ("Hi Chidinma,\n\nCould you (please confirm the time works for you) reply by Friday?\n\nTunde", "request"),
    ("Hi @chidinma-eze,\n\nThe slow part was the INSERT INTO orders batch; it is fixed now.\n\nTunde", "sql"),
    ("Hi Chidinma,\n\nAs promised:\nCandidate: Tunde Bello\nRole: Operations Analyst\nNotes:\n\nTunde", "one empty field"),
    ("Dear Mr./Ms. Eze,\n\nThank you for the interview.\n\nTunde", "title pair with the name"),
    ("Hi Chidinma,\n\nTo try it, run `git clone <url>` and then `make demo`.\n\nTunde", "code with an argument"),
    ("Hi Chidinma,\n\n```python\nprint(f\"{name} joined\")\n```\n\nTunde", "fenced code"),
]


def test_a_given_name_that_ends_in_name_is_no_stand_in() -> None:
    interview = Interview(interviewers=(Interviewer("Kaname Sato"),), company="Harbourline Logistics")
    report = lint_draft(Draft(body="Dear Kaname,\n\nThank you for the interview.\n\nTunde", subject="Thanks"),
                        interview, now=None)
    assert not any(f.rule in ("leftover-placeholder", "interviewer-not-named") for f in report.findings)


# Probes mostly on the precision side (real brackets, lists, signatures, code talk, other
# Englishes' respectful capitals); against main before this change 3 of 45 failed (an editor's brackets in a
# quotation, an empty "{{ }}" quoted in code, a bracketed instruction without a slot word).
PROBE_CLEAN_MORE = [
    ("Dear Ms. Eze,\n\nThank you for the interview on 3 June. Per your request, my references are below:\n1. Dr. Kwame Boateng, (0302) 661 204\n2. Mrs. Folake Adeyemi, +234 803 117 2290\n\nRegards,\nTunde", "references list"),
    ("Respected Madam,\n\nThank you for the opportunity. I am eager to contribute to Your esteemed Organisation.\n\nYours faithfully,\nRavi Shankar", "respectful caps"),
    ("Hi Chidinma,\n\nThe slide [p. 12] on dock scheduling was the one I meant.\n\nTunde", "page ref"),
    ("Hi Chidinma,\n\nQuick note -- the deck (v2, final) is attached.\n\nTunde", "aside with comma"),
    ("Hi Chidinma,\n\nThe quote was \"we [the ops team] own the yard\", which I loved.\n\nTunde", "editorial bracket"),
    ("Hi Chidinma,\n\nThe audit found 3 issues [see table below].\n\nTunde", "see below bracket"),
    ("Hi @chidinma-eze,\n\nFixed in #42. Ran `pytest -k <name>` locally and all green.\n\nTunde", "code arg"),
    ("Hi Chidinma,\n\nThe formula was cost = (units × rate) + fee, as you said.\n\nTunde", "formula"),
    ("Hi Chidinma,\n\nI use the STAR method (Situation, Task, Action, Result) in my reports.\n\nTunde", "acronym expansion"),
    ("Hi Chidinma,\n\nMy name is on the shared drive under Projects/Audit.\n\nTunde", "name word prose"),
    ("Hi Chidinma,\n\nThe Company Secretary signed off the audit last year.\n\nTunde", "company title"),
    ("Hi Chidinma,\n\nThanks for today!! Will send the deck by EOD.\n\nCheers,\nTunde\nSent from my iPhone", "phone footer"),
    ("Hi Chidinma,\n\nThe warehouse at 0000 hours is quiet, you said.\n\nTunde", "zero hours"),
    ("Hi Chidinma,\n\nOur team called it Project X and it shipped in Q3.\n\nTunde", "project x"),
    ("Hi Chidinma,\n\nThanks a lot :) :D ;)\n\nTunde", "emoticons"),
    ("Hi Chidinma,\n\nAttached: CV.pdf, cover-letter.pdf\n\nTunde", "attached label"),
    ("Hi Chidinma,\n\nThe role (Operations Analyst, Lagos) sounds great.\n\nTunde", "role in brackets"),
    ("Hi Chidinma,\n\nI have 5+ years in cold chain [2019-2024].\n\nTunde", "years in brackets"),
    ("Hi Chidinma,\n\nYou asked about my Name Change certificate; it is attached.\n\nTunde", "name change"),
    ("Hi Chidinma,\n\nThanks for today.\n\nTunde Bello | Operations Analyst | tunde.bello@mailbox.ng | +234 802 614 3378", "signature line"),
    ("Hi Chidinma,\n\nThe `{{ }}` syntax in our Ansible files confused me at first, as I said.\n\nTunde", "empty jinja in code"),
    ("Hi @chidinma-eze,\n\n| Shift | Picks |\n|---|---|\n| A | 420 |\n| B | 390 |\n\nTunde", "md table"),
    ("Hi Chidinma,\n\nThe XXX-rated joke from the panel aside, I enjoyed the day.\n\nTunde", "xxx rated"),
    ("Hi Chidinma,\n\nHere's my availability:\nMonday: after 2pm\nTuesday: all day\nWednesday: before noon\n\nTunde", "filled schedule"),
    ("Hi Chidinma,\n\nI would like to know the next steps:\n- timeline\n- who else I will meet\n\nTunde", "list"),
    ("Hi Chidinma,\n\nThe A/B test on the pick routes ran for two weeks.\n\nTunde", "a/b"),
    ("Hi Chidinma,\n\nI graduated from UNILAG (B.Sc. Industrial Engineering) in 2019.\n\nTunde", "degree"),
    ("Hi Chidinma,\n\nMy GitHub is github.com/tbello and my LinkedIn is linkedin.com/in/tunde-bello.\n\nTunde", "profiles"),
    ("Hi Chidinma,\n\nI’ll send the files (all three) tonight.\n\nTunde", "parenthetical count"),
    ("Hi Chidinma,\n\nIt was great meeting you and the team <3 <3\n\nTunde", "hearts"),
    ("Hello Ma,\n\nThank you for yesterday. I am grateful for the opportunity.\n\nYours faithfully,\nAdaeze N.", "initial signature"),
    ("Hi Chidinma,\n\nThanks for today.\n\nBest,\nTunde\nP.S. The TODO app I mentioned is at tbello.dev/todo", "todo app"),
    ("Hi Chidinma,\n\nAs discussed, my notice period is 30 days.\nExpected salary: negotiable\n\nTunde", "filled fields"),
    ("Hi Chidinma,\n\nI've inserted the revised figures into the sheet.\n\nTunde", "inserted past"),
    ("Hi Chidinma,\n\nInsert-heavy workloads were my focus at Jumia.\n\nTunde", "insert compound"),
]
PROBE_FIRES_MORE = [
    ("Hi Chidinma,\n\nThanks for today. [Add closing line]\n\nTunde", "bracket instruction"),
    ("Hi (Name),\n\nThanks for today.\n\nTunde", "paren name"),
    ("Hi Chidinma,\n\nThanks for meeting me on <DATE>.\n\nTunde", "caps angle"),
    ("Dear Hiring Manager,\n\nThank you for interviewing me for the {{role}} role at {{company}}.\n\nTunde", "jinja"),
    ("Hi Chidinma,\n\nThanks for today!\n\nBest,\n<Your Name>", "angle name"),
    ("Hi Chidinma,\n\nThanks for the chat about ________.\n\nTunde", "blank"),
    ("Hi Chidinma,\n\nI am excited about the (job title) role.\n\nTunde", "paren field"),
    ("Hi Chidinma,\n\nThanks for today.\n\nTunde\nPhone: ___________\nEmail: ___________", "blank fields"),
    ("Hi Chidinma,\n\nThanks for today.\n\nTunde Bello\n[LinkedIn URL]", "bracket url"),
    ("Hi Chidinma,\n\nThanks for our talk about <specific topic>.\n\nTunde", "angle topic"),
]


@pytest.mark.parametrize("body,kind", PROBE_FIRES + FIXED_CLASS_FIRES + PROBE_FIRES_MORE)
def test_probe_template_residue_of_every_class_is_found(body: str, kind: str) -> None:
    assert _placeholder_found(body), kind


@pytest.mark.parametrize("body,kind", PROBE_CLEAN + FIXED_CLASS_CLEAN + PROBE_CLEAN_MORE)
def test_probe_brackets_markup_and_filled_templates_are_no_residue(body: str, kind: str) -> None:
    assert not _placeholder_found(body), kind


# -- sixteenth batch (a-111, "[ASK] : When Result will be announched?"): the tag an issue title begins with
# is the tracker's label, not a slot; a slot at the start of the subject, or a tag word elsewhere, still is
@pytest.mark.parametrize(("subject", "flagged"), [
    ("[HELP] how do I submit the second task", []),
    ("[Question] When are the results out?", []),
    ("Re: [WIP][Submission] frontend task", []),
    ("[Bug] login fails on Safari", []),
    ("[Query] - regarding the interview date", []),
    ("[Job Title] interview follow-up", ["[Job Title]"]),
    ("[Company] - thank you", ["[Company]"]),
    ("[Help] [Your Name] application", ["[Your Name]"]),
    ("Thanks for the [Question] chat", ["[Question]"]),
])
def test_an_issue_titles_leading_tag_is_no_placeholder(subject: str, flagged: list[str]) -> None:
    assert flagged_texts(RULE, "Hi Dana,\n\nThanks for the call.\n\nBest,\nSam", subject=subject) == flagged


# Outside batch "sixteenth" (a-211, "Dear Mr. Interviewer's name" ... "Regards, Your name"): a role word's
# stand-in after a title or a sign-off, in any case, is a leftover placeholder; it names nobody, so it is
# no wrong name.
@pytest.mark.parametrize("body,slots", [
    ("Dear Ms. Recruiter's name\n\nThank you for the call.\n\nBest regards, your name",
     ["Recruiter's name", "your name"]),
    ("Hello Mr. hiring manager name,\n\nThanks for meeting me.\n\nSincerely, Your full name",
     ["hiring manager name", "Your full name"]),
    ("Dear Dr. Name Surname,\n\nThank you for the interview.\n\nKind regards,\nAmina", ["Name Surname"]),
    ("Hi Mrs. interviewer's surname,\n\nThanks for today.\n\nWarm regards, Candidate's name",
     ["interviewer's surname", "Candidate's name"]),
])
def test_a_role_stand_in_after_a_title_or_a_signoff_is_a_placeholder(body: str, slots: list[str]) -> None:
    from followup_lint.rules.names import WrongName

    interview = _iv("Rakesh Malhotra")
    assert flagged_texts(RULE, body, interview) == slots
    assert findings_of(WrongName, body, interview) == []


@pytest.mark.parametrize("body", [
    "Dear Ms. Okafor,\n\nThank you for the call; I spelt my name wrong on the form.\n\nBest regards, Dana",
    "Hi Dr. Patel,\n\nThanks for today.\n\nKind regards, Sam Name",
    "Dear Mr. Title,\n\nThank you.\n\nRegards,\nLeo",
    "Hello Ms. Rivera,\n\nYour name came up in our chat with Tom.\n\nSincerely, Ana Ruiz",
])
def test_a_real_name_or_a_prose_mention_after_a_title_or_signoff_is_no_placeholder(body: str) -> None:
    assert flagged_texts(RULE, body, _iv("Rakesh Malhotra")) == []


# -- issue 11 probe round (s9): fresh wordings of every kind of slot, and of the brackets, markup and
# tags that are none, judged by lint_draft with an interview (``_placeholder_found``)
# Against main before this round 10 of 56 failed: 5 should-fire ($FIRST_NAME, an "Example Street, Sample
# City" address, "Add one sentence on ... here.", "First Last" signed, "(the project they mentioned)"), 5
# should-not ("[my first real job]", "[9am-5pm EAT]", the issue tags "[Follow-up]", "[Frontend Task]",
# "[Feedback Request]").
PROBE_S9_FIRES = [
    ("Dear [Panel Chair],\n\nThank you for the interview.\n\nRegards,\nAmani", "bracket role"),
    ("Dear Ms. Kamau,\n\nThank you for the interview for the {position} role.\n\nRegards,\nAmani", "single braces"),
    ("Dear Ms. Kamau,\n\nI enjoyed learning about <team name>'s plans.\n\nRegards,\nAmani", "angle slot"),
    ("Dear Ms. Kamau,\n\nThank you for meeting me on XXX at your office.\n\nRegards,\nAmani", "XXX"),
    ("Dear Ms. Kamau,\n\nI can start within ___ weeks of an offer.\n\nRegards,\nAmani", "blank"),
    ("Dear Ms. Kamau,\n\nI would be thrilled to join Company Name as a team lead.\n\nRegards,\nAmani", "Company Name"),
    ("Dear Ms. Kamau,\n\nThank you for the interview. (insert a detail about the interview here)\n\nRegards,\nAmani", "instruction bracketed"),
    ("Dear Ms. Kamau,\n\nThank you for the interview. Add one sentence on your strongest project here.\n\nRegards,\nAmani", "instruction bare"),
    ("Dear Ms. Hiring Manager,\n\nThank you for the interview.\n\nRegards,\nAmani", "two-word stand-in after title"),
    ("Dear Ms. Kamau,\n\nThank you for the interview.\n\nSincerely,\nApplicant Name", "two-word stand-in after sign-off"),
    ("Dear Ms. Kamau,\n\nThank you for the interview.\n\nBest,\nCandidate Surname", "two-word stand-in after sign-off"),
    ("Dear Ms. Kamau,\n\nThank you for the interview.\n\nRegards,\nAmani Otieno\n(000) 000-0000", "dummy phone"),
    ("Dear Ms. Kamau,\n\nThank you for the interview.\n\nRegards,\nAmani Otieno\n12 Example Street, Sample City", "dummy address"),
    ("Dear Ms. Kamau,\n\nThank you for the interview.\n\nRegards,\nAmani Otieno\nname@example.com", "dummy e-mail"),
    ("Dear {{ interviewer.first_name }},\n\nThank you for the interview.\n\nRegards,\nAmani", "jinja attribute"),
    ("Dear Ms. Kamau,\n\nThank you for the chat about %COMPANY%'s plans.\n\nRegards,\nAmani", "percent token"),
    ("Hi $FIRST_NAME,\n\nThank you for the interview.\n\nRegards,\nAmani", "dollar token"),
    ("Dear <<FirstName>>,\n\nThank you for the interview.\n\nRegards,\nAmani", "double angle"),
    ("Dear Ms. Kamau,\n\nThank you for the [[Role]] interview.\n\nRegards,\nAmani", "double bracket"),
    ("Dear Ms. ____,\n\nThank you for the interview.\n\nRegards,\nAmani", "blank name"),
    ("Dear Ms. Kamau,\n\nThank you for the interview.\n\nRegards,\n[Your signature]", "bracket signature"),
    ("Dear Ms. Kamau,\n\nThank you for the chance to interview for the [POSITION TITLE] role at [ORGANIZATION].\n\nRegards,\nAmani", "caps brackets"),
    ("Dear Ms. Kamau,\n\nI appreciated hearing about (the project they mentioned).\n\nRegards,\nAmani", "paren description"),
    ("Dear Ms. Kamau,\n\nThank you for the interview.\n\n<Insert closing paragraph>\n\nRegards,\nAmani", "angle instruction"),
    ("Hi NAME,\n\nThank you for the interview.\n\nRegards,\nAmani", "caps NAME"),
    ("Dear Ms. Kamau,\n\nMy application reference is XXXXXX.\n\nRegards,\nAmani", "x-run"),
    ("Dear Ms. Kamau,\n\nThank you for the interview on {date}.\n\nRegards,\nAmani", "single braces date"),
    ("Hello Ms. Kamau,\n\nThank you for the interview.\n\nWarm regards,\nFirst Last", "First Last"),
]

PROBE_S9_CLEAN = [
    ("Hi Wanjiru,\n\nThe code is in [the repo](https://github.com/aotieno/returns-triage).\n\nThanks,\nAmani", "md link"),
    ("Hi @wanjiru-kamau,\n\nStatus:\n- [ ] write docs\n- [x] tests pass\n\nThanks,\nAmani", "checkboxes"),
    ("Hi Wanjiru,\n\nI grouped them with `df.groupby(['region'])` as you suggested.\n\nThanks,\nAmani", "code with brackets"),
    ("Hi Wanjiru,\n\nThe lookup is `config[\"queue_name\"]` now.\n\nThanks,\nAmani", "code index"),
    ("Hi Wanjiru,\n\nThe study you cited [2] matches what I saw at the depot.\n\nThanks,\nAmani", "citation"),
    ("Dear Ms. Kamau,\n\nYour note said the rota \"works good [sic]\" which made me smile.\n\nRegards,\nAmani", "sic"),
    ("Dear Ms. Kamau,\n\nThe night desk [my first real job] taught me patience.\n\nRegards,\nAmani", "bracketed aside"),
    ("Dear Ms. Kamau,\n\nThe returns desk (my favourite part of the tour) was impressive.\n\nRegards,\nAmani", "paren aside"),
    ("Hi Wanjiru,\n\nThanks for the call... I keep thinking about the backlog.\n\nAmani", "ellipsis"),
    ("Dear Ms. Kamau,\n\nYou said the desk is \"[...] the heart of the company\", and I agree.\n\nRegards,\nAmani", "elision"),
    ("Dear Sir/Madam,\n\nThank you for the interview.\n\nYours faithfully,\nAmani Otieno", "sir/madam"),
    ("Hi Wanjiru,\n\nWe cut the backlog from 40% to 25% of tickets.\n\nAmani", "percentages"),
    ("Hi Wanjiru,\n\nThe bonus was $5,000 and the budget $FY24 stayed flat.\n\nAmani", "dollar amounts"),
    ("Hi Wanjiru,\n\nSet `$JAVA_HOME` before running the script.\n\nAmani", "env var in code"),
    ("Hi @wanjiru-kamau,\n\n[EDIT: fixed the broken link above]\n\nAmani", "edit note"),
    ("Dear Ms. Kamau,\n\nThe policy says staff \"must [emphasis added] log every call\".\n\nRegards,\nAmani", "emphasis added"),
    ("Dear Ms. Kamau,\n\nThank you for meeting the candidate(s) this week.\n\nRegards,\nAmani", "(s)"),
    ("Dear Ms. Kamau,\n\nThank you again.\n\nRegards,\nAmani Otieno\nNotice period: N/A\nStart date: TBC", "filled fields"),
    ("Dear Ms. Kamau,\n\nThank you.\n\nRegards,\nAmani Otieno\n14 Ngong Road, Nairobi\n+254 733 918 402", "real contact"),
    ("Hi Wanjiru,\n\nI'm free Mon-Fri [9am-5pm EAT] for a follow-up call.\n\nAmani", "hours bracket"),
    ("Hi Wanjiru,\n\nThe set {A, B, C} of queues covers every region.\n\nAmani", "set braces"),
    ("Hi Wanjiru,\n\nRouting goes triage -> returns -> refunds <- escalations.\n\nAmani", "arrows"),
    ("Hi Wanjiru,\n\nHere is the patch: `return f\"{ticket.id}: {ticket.state}\"`\n\nAmani", "f-string in code"),
    ("Hi Wanjiru,\n\nThe ticket ID is RT-2231 [closed].\n\nAmani", "state tag"),
]

PROBE_S9_TITLE_TAGS = ["[Follow-up] Interview on Tuesday", "[Frontend Task] Submission by Amani",
                       "[URGENT] documents for the assessment", "[Feedback Request] support lead panel"]




# Further wordings of the classes fixed after the s9 probes (written after the fix, none seen before it):
# a "$CAPS_WORDS" field, a model address's "Example"/"Sample" place, an instruction of another writing verb
# that names the text to write, a signature of the name's parts, a description of what to fill that ends on
# the interviewer's deed; and on the clean side a bracketed value holding a figure, a two-word issue tag
S9_FIXED_FIRES = [
    ("Dear $INTERVIEWER_NAME,\n\nThank you for the interview.\n\nAmani", "dollar field"),
    ("Dear Ms. Kamau,\n\nI would love to join $COMPANY_NAME.\n\nAmani", "dollar field"),
    ("Dear Ms. Kamau,\n\nThanks.\n\nAmani Otieno\n45 Sample Road\nExample City", "example place"),
    ("Dear Ms. Kamau,\n\nThank you. Write a line about the team you met.\n\nAmani", "writing instruction"),
    ("Dear Ms. Kamau,\n\nThank you. Mention one detail from the depot tour.\n\nAmani", "writing instruction"),
    ("Dear Ms. Kamau,\n\nThank you.\n\nSincerely,\nFirst Middle Last", "name parts"),
    ("Dear Ms. Kamau,\n\nI enjoyed the part about (something she said).\n\nAmani", "deed description"),
    ("Dear Ms. Kamau,\n\nThe chat on (the tool the interviewer demoed) stayed with me.\n\nAmani", "deed description"),
]

S9_FIXED_CLEAN = [
    ("Hi Wanjiru,\n\nThe pilot ran in [Q3 2024] at the Mombasa depot.\n\nAmani", "figure in brackets"),
    ("Hi Wanjiru,\n\nAdd to that the night-shift cover I offered.\n\nAmani", "add to that"),
    ("Hi Wanjiru,\n\nMention my name to Otieno at the gate and he will let you in.\n\nAmani", "mention my name"),
    ("Hi Wanjiru,\n\nThe cost is $5,000 USD a year.\n\nAmani", "dollar amount"),
    ("Hi Wanjiru,\n\nI loved the dashboard (the one she showed us) on the tour.\n\nAmani", "aside ending on us"),
    ("Hi Wanjiru,\n\nThanks.\n\nBest,\nAmani Last", "real surname Last"),
]


# (the probes and the later wordings of the classes fixed after them)
@pytest.mark.parametrize("body,kind", PROBE_S9_FIRES + S9_FIXED_FIRES)
def test_probe_s9_slots_tokens_and_stand_ins_are_residue(body: str, kind: str) -> None:
    assert _placeholder_found(body), kind


@pytest.mark.parametrize("body,kind", PROBE_S9_CLEAN + S9_FIXED_CLEAN)
def test_probe_s9_links_code_citations_asides_and_elisions_are_no_residue(body: str, kind: str) -> None:
    assert not _placeholder_found(body), kind


@pytest.mark.parametrize("subject,slot", [(t, False) for t in PROBE_S9_TITLE_TAGS] + [
    ("[Backend Task] submission for review", False), ("[Interview Follow-up] thanks", False),
    ("[Your Question] about the role", True), ("[Company Update] thanks", True),
])
def test_s9_an_issue_titles_tag_of_one_or_two_words_is_no_slot_unless_it_holds_a_slot_word(subject: str,
                                                                                           slot: bool) -> None:
    report = lint_draft(Draft(body="Hi Wanjiru,\n\nThanks for the call.\n\nAmani", subject=subject),
                        PROBE_INTERVIEW, now=None)
    assert any(f.rule == "leftover-placeholder" for f in report.findings) == slot


@pytest.mark.parametrize("body,slot", [
    ("Hi Wanjiru,\n\nThe returns desk [our busiest corner by far] impressed me.\n\nAmani", False),
    ("Hi Wanjiru,\n\nYour story about Lamu [my home town as well] made me smile.\n\nAmani", False),
    ("Hi Wanjiru,\n\nThanks.\n\nAmani\n[my phone number]", True),
    ("Hi Wanjiru,\n\nI bring [your strongest skill] to the desk.\n\nAmani", True),
    ("Hi Wanjiru,\n\nThanks.\n\n[my full name]", True),
])
def test_s9_a_first_person_aside_in_square_brackets_is_no_slot(body: str, slot: bool) -> None:
    assert _placeholder_found(body) == slot


# Outside batch "seventeenth" (b-202, b-212, b-221, b-312): text masked by its writer or left by a template
# without brackets. Fresh wordings, each class both ways.
@pytest.mark.parametrize("body, masked", [
    # a filler word capitalised to open a name: the writer's stand-in for the school or firm left out
    ("Hi Dana,\n\nI would love to teach at Yada Yada High School next year.", ["Yada Yada High School"]),
    ("Hi Dana,\n\nMy years at Blah Logistics taught me to plan routes.", ["Blah Logistics"]),
    # a lower-case run of x after a title: a masked name, whatever follows it
    ("Dear Mr. xxxx,\nThank you for the call.", ["xxxx"]),
    ("Hello Dr xxxxxx xxxx,\nThanks for seeing me.", ["xxxxxx", "xxxx"]),
    ("Hi Dana,\n\nI told Prof. xxxxx about it.", ["xxxxx"]),
    # a possessive of a masked word
    ("Hi Dana,\n\nI hope all is well with xxxx's project.", ["xxxx"]),
    # a date written as its format
    ("Hi Dana,\n\nI can come in on dd/mm/yyyy at noon.", ["dd/mm/yyyy"]),
    ("Hi Dana,\n\nMy exam is on MM.DD.YY, so any day after that.", ["MM.DD.YY"]),
    # a word masked after its first letter, and a number as hashes
    ("Hi Dana,\n\nI have worked at Sxxxxx Hospital for five years.", ["Sxxxxx"]),
    ("Hi Dana,\n\nI teach in Room ## on Mondays.", ["##"]),
    # an instruction that names the line to write, opened by a verb of closing or opening
    ("Hi Dana,\n\nThanks for the tour.\n\nEnd with a sentence that restates your interest.\n\nBest,\nSam",
     ["End with a sentence that restates your interest."]),
    ("Hi Dana,\n\nOpen with one line about the team you met.\nThanks for the tour.", ["Open with one line about the team you met."]),
])
def test_masked_words_and_an_instruction_line_are_placeholders(body: str, masked: list[str]) -> None:
    assert flagged_texts(RULE, body) == masked


@pytest.mark.parametrize("body", [
    "Hi Dana,\n\nThe lecture was blah blah at first, but it got good.",
    "Hi Dana,\n\nBlah, I know, another long note.",
    # a filler that may begin a real name stands in only when said twice ("Yada Yada High School" above)
    "Hi Dana,\n\nI spent two summers driving for Yada Logistics.",
    "Hi Dana,\n\nMy cousin works at Yadda Foods in Leeds.",
    "Hi Dana,\n\nThanks so much, see you soon xxx",
    "Hi Dana,\n\nThanks for everything,\nMia xx",
    "Hi Dana,\n\nI left the Xbox demo running and typed yyyy by accident in the form. Not a big deal.",
    "## Summary ##\n\nHi Dana, thanks for the task.",
    "Hi Dana,\n\nI write C# and use ### for headings in Markdown.",
    "Hi Dana,\n\nI'd like to close with a line from your talk: ship small.",
    "Hi Dana,\n\nClose to the office there is a good cafe.",
    "Hi Dana,\n\nThe date format dd/mm/yy confused our parser, and I fixed it.",
])
def test_filler_kisses_headings_and_prose_are_no_masked_words(body: str) -> None:
    assert_clean(RULE, body)


# Outside batch "eighteenth" (c-201 signed "Candidate X"): a model letter's signature that is a role noun
# or a slot word and a letter standing for the name is a stand-in; a real name with a letter, or a role
# noun in the prose, is none.
@pytest.mark.parametrize("signature", ["Applicant Y", "Candidate Z", "Person XX", "Applicant X."])
def test_a_role_noun_and_a_letter_under_the_sign_off_is_a_stand_in(signature: str) -> None:
    body = f"Dear Laura,\n\nThank you for the campus visit on Tuesday.\n\nBest regards,\n{signature}"
    assert flagged_texts(RULE, body) == [signature]


@pytest.mark.parametrize("body", [
    "Dear Laura,\n\nThank you for the campus visit on Tuesday.\n\nBest regards,\nMalcolm X",
    "Dear Laura,\n\nI was candidate X of six on the shortlist, and enjoyed the visit.\n\nBest regards,\nDee",
    "Dear Laura,\n\nThank you for the campus visit on Tuesday.\n\nBest regards,\nCandidate Smith",
])
def test_a_name_with_a_letter_or_a_role_in_prose_is_no_stand_in(body: str) -> None:
    assert_clean(RULE, body)

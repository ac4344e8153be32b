"""Issue 11, probe T: model letters, templates and letters in other Englishes, across the naming,
placeholder, thanks and next-step rules (fresh wordings, both ways). Each row is a whole short note; a
row says which rule it probes and whether that rule must report it."""

from __future__ import annotations

import pytest

from followup_lint import Draft, lint_draft

from _names_cases import iv

PEOPLE = {
    "bikash": iv(("Bikash Shrestha", "bikash@himaltech.example"), company="Himal Tech Pvt. Ltd.",
                 role="Junior Developer"),
    "priya": iv(("Dr. Priya Raghunathan", "priya.r@meridian.example"), company="Meridian Health Trust",
                role="Staff Nurse"),
    "seun": iv(("Oluwaseun Adeyemi", "seun@kestrel.example"), company="Kestrel Logistics Ltd",
               role="Operations Analyst"),
    "maria": iv(("Maria Clara Dela Cruz", "mcdelacruz@luzonship.example"), company="Luzon Shipping Corp.",
                role="Accounts Officer"),
    "kim": iv(("Kim Ji-woo", "jiwoo.kim@hanbit.example"), company="Hanbit Games", role="QA Engineer"),
    "fatima": iv(("Fatima Al-Mansouri", "fatima@gulfenergy.example"), company="Gulf Energy Services",
                 role="HSE Officer"),
    "diego": iv(("Diego Fernández", "dfernandez@andesfoods.example"), company="Andes Foods S.A.",
                role="Supply Planner"),
    "njeri": iv(("Njeri Kamau", "njeri.kamau@savanna.example"), company="Savanna Bank",
                role="Credit Officer"),
    "ama": iv(("Ama Owusu-Boateng", "ama.ob@kumasi-college.example"), company="Kumasi Grammar College",
              role="Mathematics Teacher"),
}

NOT_NAMED, MISSPELLED, WRONG, PLACEHOLDER, NO_THANKS, NO_NEXT = (
    "interviewer-not-named", "interviewer-name-misspelled", "wrong-name", "leftover-placeholder",
    "no-thanks", "no-next-step")

END = "\n\nI look forward to hearing from you.\n\nWarm regards,\nRohan"
_F17C = "open: an instruction line without brackets opened by 'Mention one thing ...' (f17c fixed other openings)"
_OPEN = ("a plea for consideration is read as asking for a decision; the label leaves it open "
         "(as test_rule_no_next_step's strict xfail)")
_BRACKETED_NAME = "open: a name in brackets after a generic salutation is not read as the greeting's name"
THX = "Thank you for the interview yesterday and for your time.\n\n"

PROBES = [
    # -- names: honorifics before and after the name, formal salutations, masks --------------------------
    (NOT_NAMED, False, "bikash", "Respected Bikash sir,\n\n" + THX.rstrip() + END),
    (NOT_NAMED, False, "bikash", "Dear Shrestha sir,\n\n" + THX + "It was a pleasure." + END),
    (NOT_NAMED, False, "bikash", "Namaste Bikash ji,\n\n" + THX + "The code review task was fun." + END),
    (NOT_NAMED, False, "priya", "Dear Priya ma'am,\n\n" + THX + "The ward visit helped me a lot." + END),
    (NOT_NAMED, False, "priya", "14 Harcourt Road\nLeeds LS6 2QT\n\n3 March 2026\n\nDr. P. Raghunathan\n"
     "Meridian Health Trust\n\nDear Dr. Raghunathan:\n\n" + THX + "Yours sincerely,\nLeah Otieno"),
    (NOT_NAMED, False, "maria", "Dear Ma'am Maria,\n\nGood day! " + THX + "God bless." + END),
    (NOT_NAMED, False, "maria", "Dear Ms. Dela Cruz,\n\n" + THX + "Respectfully yours,\nJoy"),
    (NOT_NAMED, False, "seun", "Dear Engineer Adeyemi,\n\n" + THX + "Yours faithfully,\nChidi"),
    (NOT_NAMED, False, "seun", "Good morning Seun,\n\n" + THX + "Cheers,\nChidi"),
    (NOT_NAMED, False, "kim", "Dear Director Kim,\n\n" + THX + "Best regards,\nPark Min-jun"),
    (NOT_NAMED, False, "fatima", "Dear Madam Fatima,\n\n" + THX + "Best regards,\nOmar"),
    (NOT_NAMED, False, "diego", "Dear Mr. Fernandez,\n\n" + THX + "Saludos,\nLucía"),
    (NOT_NAMED, False, "njeri", "Dear Mrs Kamau,\n\n" + THX + "Kind regards,\nBrian"),
    (NOT_NAMED, False, "ama", "Dear Professor Owusu-Boateng,\n\n" + THX + "Yours faithfully,\nKofi"),
    (NOT_NAMED, False, "ama", "Dear Madam Ama,\n\n" + THX + "Yours faithfully,\nKofi"),
    (NOT_NAMED, True, "bikash", "Respected Sir,\n\n" + THX + "Regards,\nAnil"),
    (NOT_NAMED, True, "priya", "Dear Sir/Madam,\n\n" + THX + "Yours faithfully,\nLeah"),
    (NOT_NAMED, True, "ama", "Dear Mr./Mrs. [Last Name],\n\n" + THX + "Sincerely,\n[Your Name]"),
    (NOT_NAMED, True, "seun", "Dear xxxxx,\n\n" + THX + "Sincerely,\nxxxxx"),
    (NOT_NAMED, True, "njeri", "Dear Exxx Kxxxx,\n\n" + THX + "Kind regards,\nBrian"),
    (NOT_NAMED, True, "ama", "Dear Search Committee,\n\n" + THX + "Sincerely,\nKofi"),
    (NOT_NAMED, True, "maria", "Dear Ma'am,\n\n" + THX + "Respectfully,\nJoy"),
    (NOT_NAMED, True, "diego", "Dear Hiring Manager,\n\n" + THX + "Best,\nLucía"),
    # -- misspelled names -----------------------------------------------------------------------------------
    (MISSPELLED, True, "bikash", "Respected Bikesh sir,\n\n" + THX + "Regards,\nAnil"),
    (MISSPELLED, True, "priya", "Dear Dr. Ragunathan,\n\n" + THX + "Yours sincerely,\nLeah"),
    (MISSPELLED, True, "njeri", "Dear Mrs. Kamua,\n\n" + THX + "Kind regards,\nBrian"),
    (MISSPELLED, True, "maria", "Dear Ms. Dela Crus,\n\n" + THX + "Respectfully,\nJoy"),
    (MISSPELLED, True, "diego", "Dear Mr. Fernandes,\n\n" + THX + "Best,\nLucía"),
    (MISSPELLED, True, "ama", "Dear Prof. Owusu-Boatang,\n\n" + THX + "Yours faithfully,\nKofi"),
    (MISSPELLED, False, "bikash", "Dear Shrestha ji,\n\n" + THX + "Regards,\nAnil"),
    (MISSPELLED, False, "seun", "Dear Seun,\n\n" + THX + "Regards,\nChidi"),
    (MISSPELLED, True, "diego", "Dear Mr. Fernandez,\n\n" + THX + "Best,\nLucía"),  # an accent dropped
    (MISSPELLED, False, "diego", "Dear Don Diego,\n\n" + THX + "Best,\nLucía"),
    (MISSPELLED, False, "maria", "Dear Ma'am Maria Clara,\n\n" + THX + "Respectfully,\nJoy"),
    (MISSPELLED, False, "kim", "Dear Ms. Kim,\n\n" + THX + "Best regards,\nPark Min-jun"),
    # -- wrong names: another person greeted or thanked, another employer; stand-ins are not ---------------
    (WRONG, True, "bikash", "Respected Ramesh sir,\n\n" + THX + "Regards,\nAnil"),
    (WRONG, True, "seun", "Dear Mr. Okonkwo,\n\n" + THX + "Yours faithfully,\nChidi"),
    (WRONG, True, "maria", "Dear Ms. Dela Cruz,\n\n" + THX + "Thank you as well, Engr. Ramos, for the "
     "tour of the terminal.\n\nRespectfully,\nJoy"),
    (WRONG, True, "priya", "Dear Dr. Raghunathan,\n\n" + THX + "With thanks to you and Sister Grace Mensah "
     "for the ward round,\nLeah"),
    (WRONG, True, "njeri", "Dear Njeri,\n\n" + THX + "I am eager to bring my skills to Equatorial "
     "Commercial Bank as a credit officer.\n\nKind regards,\nBrian"),
    (WRONG, False, "seun", "Dear xxxxx,\n\n" + THX + "Sincerely,\nxxxxx"),
    (WRONG, False, "ama", "Dear Madam,\n\nThank you for interviewing me for the teaching post "
     "at Blah blah School.\n\nYours faithfully,\nKofi"),
    (WRONG, False, "bikash", "Respected Bikash sir,\n\n" + THX + "I also enjoyed meeting your team lead "
     "during the office tour.\n\nRegards,\nAnil"),
    (WRONG, False, "ama", "Dear Prof. Owusu-Boateng,\n\n" + THX + "I studied at Achimota School and taught "
     "for two years at Prempeh College.\n\nYours faithfully,\nKofi"),
    (WRONG, False, "kim", "Dear Director Kim,\n\n" + THX + "Kamsahamnida,\nPark Min-jun"),
    # -- placeholders: masks, stand-ins, instruction lines, dummy numbers; real details are not -------------
    (PLACEHOLDER, True, "ama", "Dear Mr./Mrs. [Last Name],\n\n" + THX + "Sincerely,\nKofi"),
    (PLACEHOLDER, True, "seun", "Dear xxxxx,\n\n" + THX + "Sincerely,\nChidi"),
    (PLACEHOLDER, True, "njeri", "Dear Ms. Kamau,\n\nThank you for meeting me about the Exxx "
     "Pxxxxxx post.\n\nKind regards,\nBrian"),
    (PLACEHOLDER, True, "ama", "Dear Prof. Owusu-Boateng,\n\nThank you for interviewing me for "
     "the teaching post at Blah blah School.\n\nYours faithfully,\nKofi"),
    pytest.param(PLACEHOLDER, True, "diego", "Dear Mr. Fernández,\n\n" + THX + "Mention one thing you "
                 "discussed that excited you here.\n\nBest,\nLucía",
                 marks=pytest.mark.xfail(strict=True, reason=_F17C)),
    (PLACEHOLDER, True, "priya", "Dear Dr. Raghunathan,\n\n" + THX + "Add a sentence about a skill you did "
     "not get to talk about.\n\nYours sincerely,\nLeah"),
    (PLACEHOLDER, True, "maria", "Dear Ms. Dela Cruz,\n\n" + THX + "Respectfully,\nJoy Reyes\n"
     "Mobile: 000-000-0000"),
    (PLACEHOLDER, True, "njeri", "Brian Odhiambo\n123 Any Street\nAnytown, ST 12345\n\nDear Ms. Kamau,\n\n"
     + THX + "Kind regards,\nBrian"),
    (PLACEHOLDER, True, "fatima", "Dear Madam Fatima,\n\n" + THX + "Best regards,\nYour Name\nYour Phone "
     "Number"),
    (PLACEHOLDER, True, "ama", "Dear Principal ________,\n\n" + THX + "Yours faithfully,\nKofi"),
    (PLACEHOLDER, True, "ama", "Dear Prof. Owusu-Boateng,\n\nThank you for the interview for the "
     "<subject> teacher post.\n\nYours faithfully,\nKofi"),
    (PLACEHOLDER, True, "bikash", "Respected Bikash sir,\n\n" + THX + "I especially liked (name a project "
     "from the interview).\n\nRegards,\nAnil"),
    (PLACEHOLDER, False, "maria", "Joy Reyes\n14 Rizal Avenue, Quezon City 1100\n\n12 March 2026\n\n"
     "Dear Ms. Dela Cruz,\n\n" + THX + "Respectfully,\nJoy Reyes"),
    (PLACEHOLDER, False, "seun", "Dear Mr. Adeyemi,\n\nRef: KL/HR/2026/045\n\n" + THX + "Yours "
     "faithfully,\nChidi Eze\nTel: +234 803 555 0192"),
    (PLACEHOLDER, False, "njeri", "Dear Ms. Kamau,\n\n" + THX + "I have attached my CV (as requested) and "
     "my KCSE certificate.\n\nKind regards,\nBrian"),
    (PLACEHOLDER, False, "kim", "Dear Director Kim,\n\n" + THX + "The Project X demo build was a treat to "
     "test.\n\nBest regards,\nPark Min-jun"),
    (PLACEHOLDER, False, "ama", "Dear Prof. Owusu-Boateng,\n\n" + THX + "Please find attached the lesson "
     "plan we discussed.\n\nYours faithfully,\nKofi"),
    # -- thanks: closings, "thanking you", other Englishes; conditional requests and causes are not --------
    (NO_THANKS, False, "bikash", "Respected Bikash sir,\n\nI attended the interview on Monday for the junior "
     "developer post.\n\nThanking you,\nYours faithfully,\nAnil"),
    (NO_THANKS, False, "seun", "Dear Mr. Adeyemi,\n\nI write further to Tuesday's interview.\n\nThanking you "
     "in anticipation,\nChidi"),
    (NO_THANKS, False, "bikash", "Dear Sir,\n\nSharing my code sample as discussed.\n\nThanks & Regards,\n"
     "Anil"),
    (NO_THANKS, False, "maria", "Dear Ma'am Maria,\n\nI am following up on my interview for Accounts "
     "Officer.\n\nWith thanks and warm regards,\nJoy"),
    (NO_THANKS, False, "fatima", "Dear Madam Fatima,\n\nMuch obliged for the time you gave me on "
     "Sunday.\n\nBest regards,\nOmar"),
    (NO_THANKS, False, "ama", "Dear Prof. Owusu-Boateng,\n\nKindly accept my sincere appreciation for the "
     "time you spent with me.\n\nYours faithfully,\nKofi"),
    (NO_THANKS, False, "njeri", "Dear Ms. Kamau,\n\nI remain grateful for the chance to interview with "
     "Savanna Bank.\n\nKind regards,\nBrian"),
    (NO_THANKS, False, "diego", "Dear Mr. Fernández,\n\nI am writing after yesterday's interview.\n\nMany "
     "thanks in advance for your consideration,\nLucía"),
    (NO_THANKS, True, "seun", "Dear Mr. Adeyemi,\n\nI would be grateful if you could let me know the outcome "
     "of the interview.\n\nYours faithfully,\nChidi"),
    # "shall"/"will" promise the gratitude (thanks in advance, third batch t-102); "would"/"should" suppose it
    (NO_THANKS, False, "bikash", "Respected Sir,\n\nI shall be highly obliged if you could inform me of the "
     "result.\n\nYours faithfully,\nAnil"),
    (NO_THANKS, False, "njeri", "Dear Ms. Kamau,\n\nI will be thankful if you consider my application for "
     "the credit officer post.\n\nKind regards,\nBrian"),
    (NO_THANKS, True, "bikash", "Respected Sir,\n\nI would be highly obliged if you could inform me of the "
     "result.\n\nYours faithfully,\nAnil"),
    (NO_THANKS, True, "njeri", "Dear Ms. Kamau,\n\nI should be most thankful if you would consider my "
     "application for the credit officer post.\n\nKind regards,\nBrian"),
    (NO_THANKS, True, "priya", "Dear Dr. Raghunathan,\n\nThanks to the late train I missed the start of the "
     "assessment day, and I am sorry for that.\n\nYours sincerely,\nLeah"),
    (NO_THANKS, True, "kim", "Dear Director Kim,\n\nI am following up on the QA Engineer interview. Is there "
     "any news?\n\nBest regards,\nPark Min-jun"),
    # -- next step: revert, awaiting reply, offers; hopes to serve and bare consideration are not ----------
    (NO_NEXT, False, "bikash", "Respected Bikash sir,\n\n" + THX + "Kindly revert at your earliest "
     "convenience.\n\nRegards,\nAnil"),
    (NO_NEXT, False, "seun", "Dear Mr. Adeyemi,\n\n" + THX + "Awaiting your favourable reply.\n\nYours "
     "faithfully,\nChidi"),
    (NO_NEXT, False, "maria", "Dear Ma'am Maria,\n\n" + THX + "Hoping for your positive response.\n\n"
     "Respectfully,\nJoy"),
    (NO_NEXT, False, "ama", "Dear Prof. Owusu-Boateng,\n\n" + THX + "I can share a video of my demo lesson "
     "if it would help.\n\nYours faithfully,\nKofi"),
    (NO_NEXT, False, "priya", "Dear Dr. Raghunathan,\n\n" + THX + "I shall be grateful if you could inform "
     "me of the outcome.\n\nYours sincerely,\nLeah"),
    (NO_NEXT, False, "njeri", "Dear Ms. Kamau,\n\n" + THX + "Do let me know if any further documents are "
     "required.\n\nKind regards,\nBrian"),
    (NO_NEXT, False, "fatima", "Dear Madam Fatima,\n\n" + THX + "I am available for a second interview any "
     "day next week.\n\nBest regards,\nOmar"),
    (NO_NEXT, False, "diego", "Dear Mr. Fernández,\n\n" + THX + "Hope to hear from you soonest.\n\n"
     "Best,\nLucía"),
    (NO_NEXT, True, "ama", "Dear Prof. Owusu-Boateng,\n\n" + THX + "I look forward to the opportunity of "
     "serving at your esteemed institution.\n\nYours faithfully,\nKofi"),
    (NO_NEXT, True, "njeri", "Dear Ms. Kamau,\n\n" + THX + "Please find my CV attached for your reference."
     "\n\nKind regards,\nBrian"),
    (NO_NEXT, True, "seun", "Dear Mr. Adeyemi,\n\n" + THX + "Thank you for your consideration.\n\nYours "
     "faithfully,\nChidi"),
    (NO_NEXT, True, "bikash", "Respected Bikash sir,\n\n" + THX + "Kindly keep me in mind for future "
     "openings.\n\nRegards,\nAnil"),
    pytest.param(NO_NEXT, True, "maria", "Dear Ms. Dela Cruz,\n\n" + THX + "Please consider my "
                 "application favourably.\n\nRespectfully,\nJoy",
                 marks=pytest.mark.xfail(strict=True, reason=_OPEN)),
]


def _codes(rule: str, body: str, who: str) -> list[str]:
    report = lint_draft(Draft(body=body, subject="Interview follow-up"), PEOPLE[who], now=None)
    return [f.rule for f in report.findings if f.rule == rule]


@pytest.mark.parametrize("rule,fires,who,body", PROBES)
def test_model_letters_and_other_englishes(rule: str, fires: bool, who: str, body: str) -> None:
    assert bool(_codes(rule, body, who)) is fires


# the classes probe T found (fixed), on wordings other than the probes'
@pytest.mark.parametrize("body,fires", [
    # a single lower-case field word in angle brackets is a slot ...
    ("Dear Ms. Kamau,\n\nThank you for the chance to teach at <school> this term.\n\nBrian", True),
    ("Dear Ms. Kamau,\n\nI enjoyed the tour of the <city> branch.\n\nBrian", True),
    ("Dear Ms. Kamau,\n\nI would love to join <department> next month.\n\nBrian", True),
    # ... HTML tags, generics and arrows stay clear
    ("Dear Ms. Kamau,<br>\n\nThank you for <b>the</b> interview.\n\nBrian", False),
    ("Dear Ms. Kamau,\n\nThe parser returns a List<string> and a Map<key, value>.\n\nBrian", False),
    ("Dear Ms. Kamau,\n\nI moved the queue from cron -> workers <3\n\nBrian", False),
    # an instruction to name, give or cite something, left in brackets ...
    ("Dear Ms. Kamau,\n\nI was struck by (give one example from the conversation).\n\nBrian", True),
    ("Dear Ms. Kamau,\n\nThe figure you quoted (cite the number they shared) stayed with me.\n\nBrian", True),
    ("Dear Ms. Kamau,\n\nI liked hearing about (name the team's current project).\n\nBrian", True),
    # ... not an aside of the writer's
    ("Dear Ms. Kamau,\n\nI can start in March (give or take a week).\n\nBrian", False),
    ("Dear Ms. Kamau,\n\nMy referee (name withheld at her request) can be reached via HR.\n\nBrian", False),
    ("Dear Ms. Kamau,\n\nCall me any time (give me a ring on the office line).\n\nBrian", False),
])
def test_angle_word_slots_and_naming_instructions(body: str, fires: bool) -> None:
    assert bool(_codes(PLACEHOLDER, body, "njeri")) is fires


# -- probe T, round 2: formal letters with address blocks, redactions, honorifics in the body -----------------
LETTER = ("Kofi Mensah\nP.O. Box 1423\nKumasi, Ghana\n\n5th March, 2026\n\nThe Headmistress\n"
          "Kumasi Grammar College\nKumasi\n\n")
PROBES_2 = [
    (NOT_NAMED, False, "ama", LETTER + "Dear Madam Owusu-Boateng,\n\n" + THX + "Yours faithfully,\nKofi"),
    (NOT_NAMED, True, "ama", LETTER + "Dear Madam,\n\nRE: INTERVIEW FOR MATHEMATICS TEACHER\n\n" + THX
     + "Yours faithfully,\nKofi"),
    (NOT_NAMED, False, "fatima", "Dear Ms. Fatima Al-Mansouri,\n\n" + THX + "Best regards,\nOmar"),
    (NOT_NAMED, False, "bikash", "Dear Mr. Bikash Shrestha Sir,\n\n" + THX + "Regards,\nAnil"),
    (NOT_NAMED, False, "diego", "Estimado Diego,\n\n" + THX + "Saludos,\nLucía"),
    (NOT_NAMED, False, "kim", "Dear Mr. Kim Ji-woo,\n\n" + THX + "Best regards,\nPark Min-jun"),
    (NOT_NAMED, True, "kim", "Dear Mr. ***,\n\n" + THX + "Best regards,\nPark Min-jun"),
    (NOT_NAMED, True, "njeri", "Dear Mr./Ms. ______,\n\n" + THX + "Kind regards,\nBrian"),
    (MISSPELLED, True, "fatima", "Dear Ms. Fatma,\n\n" + THX + "Best regards,\nOmar"),
    (MISSPELLED, True, "njeri", "Dear Njerri,\n\n" + THX + "Kind regards,\nBrian"),
    (MISSPELLED, False, "fatima", "Dear Ms. Al Mansouri,\n\n" + THX + "Best regards,\nOmar"),
    (WRONG, True, "fatima", "Dear Madam Fatima,\n\n" + THX + "Please pass my thanks to Mr. Khalid Hamdan, "
     "who showed me the control room.\n\nBest regards,\nOmar"),
    (WRONG, True, "kim", "Dear Director Kim,\n\n" + THX + "Thank you too, Ms. Choi, for the studio tour.\n\n"
     "Best regards,\nPark Min-jun"),
    (WRONG, False, "kim", "Dear Director Kim,\n\n" + THX + "I will send the test report to Ms. Choi in HR as "
     "you asked.\n\nBest regards,\nPark Min-jun"),
    (WRONG, False, "njeri", "Dear Ms. Kamau,\n\nThank you for meeting me about the credit officer post at "
     "[Bank Name].\n\nKind regards,\nBrian"),
    (PLACEHOLDER, True, "njeri", "Dear Ms. Kamau,\n\nThank you for meeting me about the credit officer post at "
     "[Bank Name].\n\nKind regards,\nBrian"),
    (PLACEHOLDER, True, "kim", "Dear Director Kim,\n\n" + THX + "Best regards,\nPark Min-jun\n"
     "Phone: 010-XXXX-XXXX"),
    (PLACEHOLDER, True, "diego", "Dear Mr. Fernández,\n\n" + THX + "I am available on DD/MM/YYYY.\n\nBest,\n"
     "Lucía"),
    (PLACEHOLDER, True, "ama", "Dear Prof. Owusu-Boateng,\n\n" + THX + "Yours faithfully,\n"
     "(Signature)\nFull Name"),
    (PLACEHOLDER, False, "ama", LETTER + "Dear Prof. Owusu-Boateng,\n\n" + THX + "Yours faithfully,\nKofi "
     "Mensah\n(Signed)"),
    (PLACEHOLDER, False, "fatima", "Dear Madam Fatima,\n\n" + THX + "My Emirates ID and passport copies are "
     "attached.\n\nBest regards,\nOmar\nP.O. Box 5521, Abu Dhabi"),
    (PLACEHOLDER, False, "kim", "Dear Director Kim,\n\n" + THX + "The XXL build of the launcher ran fine on my "
     "machine.\n\nBest regards,\nPark Min-jun"),
    (NO_THANKS, False, "ama", LETTER + "Dear Prof. Owusu-Boateng,\n\nI write in respect of the interview held "
     "on Monday.\n\nThanking you for your kind consideration.\n\nYours faithfully,\nKofi"),
    (NO_THANKS, False, "maria", "Dear Ma'am Maria,\n\nI am writing about my interview.\n\nMaraming salamat "
     "po and God bless,\nJoy"),
    (NO_THANKS, False, "diego", "Dear Mr. Fernández,\n\nI write after our meeting.\n\nGracias and best "
     "regards,\nLucía"),
    (NO_THANKS, True, "fatima", "Dear Madam Fatima,\n\nI would appreciate it if you could tell me when the "
     "results are out.\n\nBest regards,\nOmar"),
    (NO_THANKS, True, "njeri", "Dear Ms. Kamau,\n\nI have written a thank-you card for the panel and will "
     "post it tomorrow.\n\nKind regards,\nBrian"),
    (NO_NEXT, False, "ama", LETTER + "Dear Prof. Owusu-Boateng,\n\n" + THX + "I shall be glad to furnish any "
     "further information you may require.\n\nYours faithfully,\nKofi"),
    (NO_NEXT, False, "kim", "Dear Director Kim,\n\n" + THX + "May I ask when the team expects to decide?\n\n"
     "Best regards,\nPark Min-jun"),
    (NO_NEXT, False, "maria", "Dear Ma'am Maria,\n\n" + THX + "Praying and hoping for your favourable "
     "response.\n\nRespectfully,\nJoy"),
    (NO_NEXT, True, "diego", "Dear Mr. Fernández,\n\n" + THX + "I hope one day to be part of the Andes Foods "
     "family.\n\nBest,\nLucía"),
    (NO_NEXT, True, "fatima", "Dear Madam Fatima,\n\n" + THX + "Wishing you and your team a blessed "
     "Ramadan.\n\nBest regards,\nOmar"),
]


@pytest.mark.parametrize("rule,fires,who,body", PROBES_2)
def test_formal_letters_redactions_and_honorifics_in_the_body(rule: str, fires: bool, who: str, body: str) -> None:
    assert bool(_codes(rule, body, who)) is fires


# -- probe T, round 3: postposed honorifics, initials, phone-typed thanks, masked details in the body --------
PROBES_3 = [
    (NOT_NAMED, False, "njeri", "Good morning Kamau madam,\n\n" + THX + "Kind regards,\nBrian"),
    (NOT_NAMED, False, "seun", "Good evening Adeyemi sir,\n\n" + THX + "Yours faithfully,\nChidi"),
    (NOT_NAMED, False, "priya", "Dear Dr. Priya,\n\n" + THX + "Yours sincerely,\nLeah"),
    (NOT_NAMED, False, "seun", "Dear Mr. O. Adeyemi,\n\n" + THX + "Yours faithfully,\nChidi"),
    pytest.param(NOT_NAMED, False, "bikash", "Dear Sir (Mr. Shrestha),\n\n" + THX + "Regards,\nAnil",
                 marks=pytest.mark.xfail(strict=True, reason=_BRACKETED_NAME)),
    (NOT_NAMED, True, "bikash", "Dear Sir,\n\n" + THX + "Regards,\nAnil"),
    (NOT_NAMED, True, "seun", "Dear Mr. X,\n\n" + THX + "Yours faithfully,\nChidi"),
    (MISSPELLED, True, "bikash", "Dear Shresta sir,\n\n" + THX + "Regards,\nAnil"),
    (MISSPELLED, True, "njeri", "Good morning Kamao madam,\n\n" + THX + "Kind regards,\nBrian"),
    (MISSPELLED, True, "seun", "Good evening Adeyami sir,\n\n" + THX + "Yours faithfully,\nChidi"),
    (MISSPELLED, False, "njeri", "Good morning Kamau madam,\n\n" + THX + "Kind regards,\nBrian"),
    (WRONG, True, "bikash", "Dear Suresh sir,\n\n" + THX + "Regards,\nAnil"),
    (WRONG, True, "njeri", "Good morning Wambui madam,\n\n" + THX + "Kind regards,\nBrian"),
    (WRONG, True, "seun", "Dear Mr. Adeyemi,\n\n" + THX + "Once again, thank you Mrs. Okafor for your "
     "kindness at the reception.\n\nYours faithfully,\nChidi"),
    (WRONG, False, "seun", "Dear Mr. Adeyemi,\n\n" + THX + "Once again, thank you Mr. Adeyemi for your "
     "kindness.\n\nYours faithfully,\nChidi"),
    (WRONG, False, "seun", "Dear Mr. X,\n\n" + THX + "Yours faithfully,\nChidi"),
    (PLACEHOLDER, True, "seun", "Dear Mr. Adeyemi,\n\nThank you for the interview at xxxxxxx Logistics on "
     "Tuesday.\n\nYours faithfully,\nChidi"),
    (PLACEHOLDER, True, "kim", "Dear Director Kim,\n\nThank you for the interview on [DATE].\n\nBest "
     "regards,\nPark Min-jun"),
    (PLACEHOLDER, False, "seun", "Dear Mr. Adeyemi,\n\n" + THX + "Love to the kids, xxx\n\nChidi"),
    (NO_THANKS, False, "bikash", "Dear Bikash sir,\n\nThank u so much for ur time today sir.\n\nAnil"),
    (NO_THANKS, False, "seun", "Dear Mr. Adeyemi,\n\nTnx for the chance to interview.\n\nChidi"),
    (NO_THANKS, False, "maria", "Dear Ma'am Maria,\n\nThank you po for the interview kanina.\n\nJoy"),
    (NO_THANKS, True, "seun", "Dear Mr. Adeyemi,\n\nI am yet to hear about the outcome of the interview.\n\n"
     "Chidi"),
    (NO_NEXT, False, "seun", "Dear Mr. Adeyemi,\n\n" + THX + "Waiting for your positive reply.\n\nChidi"),
    (NO_NEXT, False, "bikash", "Dear Bikash sir,\n\n" + THX + "Expecting your call sir.\n\nAnil"),
    (NO_NEXT, False, "njeri", "Dear Ms. Kamau,\n\n" + THX + "I remain at your disposal for any clarification."
     "\n\nBrian"),
    (NO_NEXT, True, "njeri", "Dear Ms. Kamau,\n\n" + THX + "May God bless Savanna Bank.\n\nBrian"),
]


@pytest.mark.parametrize("rule,fires,who,body", PROBES_3)
def test_postposed_honorifics_initials_and_phone_typed_notes(rule: str, fires: bool, who: str, body: str) -> None:
    assert bool(_codes(rule, body, who)) is fires

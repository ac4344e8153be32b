"""Trade vocabulary of further fields (the last section of spelling-en-extra.txt): clean in a sentence,
while slips of those words are still reported. Sentences written for this project."""

from __future__ import annotations

from collections import Counter

import pytest

from followup_lint.rules.spelling import MisspelledWord
from followup_lint.spelling import load_speller
from followup_lint.spelling.lexicon import read_data
from followup_lint.testing import assert_clean, flagged_texts


def wrap(sentence: str) -> str:
    return f"Hi Priya,\n\n{sentence}\n\nBest,\nSam Okoye"


# (field, sentence): each sentence holds one or more words of the new sections, in lower case
CLEAN = [
    ("clinical research", "I enjoyed hearing how the unblinding and reconsent steps work across a multicentre study."),
    ("nursing", "Thank you for the tour of the unit; precepting new graduates and passing meds on a neuro floor interest me."),
    ("midwifery", "I was glad to talk about supporting doulas at homebirths."),
    ("allied health", "Our talk about reablement and teletherapy for stroke patients stayed with me."),
    ("imaging", "The sonographic findings we discussed and the audiograms from the clinic were fascinating."),
    ("mental health", "I appreciated your thoughts on psychoeducation for neurodivergent clients and emotional dysregulation."),
    ("public health", "I can share the logframe and the seroprevalence survey I mentioned."),
    ("wet lab", "I have aliquoted reagents, passaged organoids and autoclaved media daily for two years."),
    ("bioinformatics", "As a bioinformatician I built pipelines for metagenomics and indel calling across microbiomes."),
    ("chemistry", "I mostly ran the rotovap and did voltammetry on the analytes."),
    ("materials", "My thesis used nanoindentation on graphene in our cleanroom."),
    ("mechanical", "I handled tolerancing and fixturing for the overmoulding line."),
    ("civil", "We checked rebar spacing, stormwater drainage and the geotextiles on the jobsite."),
    ("electronics", "I led board bringup and wrote the testbench for the microcontroller."),
    ("process", "The debottlenecking study on the reboilers was a highlight."),
    ("construction", "I managed subbies, groundworkers and the punchlist during preconstruction."),
    ("surveying", "I processed lidar data into orthomosaics and georeferenced the datums."),
    ("mining and energy", "I logged drillholes before moving to wellbore work and frac operations subsea."),
    ("renewables", "Our talk about renewables, microgrids and decarbonisation was a great fit."),
    ("supply chain", "I agree that nearshoring and shorter leadtimes matter more each year."),
    ("lean", "I ran kaizens, gemba walks and andon reviews to cut muda and hit takt."),
    ("culinary", "I started as a commis and learned to saute and cut a fine brunoise."),
    ("events", "I can send the runsheet once the rsvps are in."),
    ("fashion", "I built techpacks and lookbooks for the athleisure and kidswear lines."),
    ("marketing", "I grew pageviews with backlinks, a microsite and work with influencers."),
    ("sales", "Most of my quota came from upsells to existing accounts."),
    ("finance", "I owned the subledgers, the reforecasting and the audit workpapers."),
    ("quant", "I backtested strategies on our orderbook data with other quants."),
    ("law", "I handled ediscovery and read caselaw for the regtech team."),
    ("recruiting", "As a sourcer I filled twelve reqs and onboarded the new hires."),
    ("education", "I supported students with dyscalculia alongside two paraeducators."),
    ("publishing", "I read the slushpile and helped with the backlist and midlist titles."),
    ("audio", "I swapped the preamps and shortened the setlist for the livestream."),
    ("video", "I was a retoucher before editing timelapses and testing codecs."),
    ("ux", "I ran unmoderated tests on the componentised design and its microinteractions."),
    ("ml", "I finetuned the reranker and tuned hyperparams for the lakehouse pipeline."),
    ("networking", "I redesigned the subnets and updated the bootloader on each device."),
    ("nonprofit", "I worked with grantmakers and a councilmember on the bid."),
    ("fitness", "I teach vinyasa and kettlebell classes twice a week."),
    ("beauty", "I specialise in balayage and microblading."),
    ("research", "My frequentist models handled heteroskedasticity and endogeneity."),
    ("robotics", "I programmed cobots and improved the odometry for teleoperation."),
    ("game development", "I designed the greybox levels, wrote shaders and tested the netcode of our roguelike."),
    ("project management", "I presented the burndown at the steerco and updated the workplan."),
    ("urban planning", "I drafted the upzoning memo and mapped greenways across the brownfields."),
    ("brewing and print", "I moved from homebrewing to checking dielines in prepress."),
    ("office and crypto", "I kept the timesheets for a team that built stablecoin tooling and crypto wallets."),
    ("hydrogen", "I tested electrolysers for a cleantech startup."),
]


@pytest.mark.parametrize(("field", "sentence"), CLEAN, ids=[f for f, _ in CLEAN])
def test_trade_words_are_clean_in_a_sentence(field: str, sentence: str) -> None:
    assert_clean(MisspelledWord, wrap(sentence))


# slips of the new words (one or two edits): still reported, with the word the writer meant
TYPOS = [
    ("I improved the gamplay loop last year.", "gamplay", "gameplay"),
    ("I worked as a bioinformatican for two years.", "bioinformatican", "bioinformatician"),
    ("I teach kettlebel classes on weekends.", "kettlebel", "kettlebell"),
    ("I programmed the microcontoller firmware.", "microcontoller", "microcontroller"),
    ("Our decarbonisaton plan was ambitious.", "decarbonisaton", "decarbonisation"),
    ("I mentored neurodivergant students.", "neurodivergant", "neurodivergent"),
    ("I helped launch a dropshiping store.", "dropshiping", "dropshipping"),
    ("I spent months on backtestng the models.", "backtestng", "backtesting"),
    ("I stitched the orthomosiac from drone images.", "orthomosiac", "orthomosaic"),
    ("I joined the preconstuction meetings.", "preconstuction", "preconstruction"),
    ("I wrote the testbanch for the design.", "testbanch", "testbench"),
    ("We tracked the burndwon chart daily.", "burndwon", "burndown"),
    ("I shot several timelaspe videos.", "timelaspe", "timelapse"),
]


@pytest.mark.parametrize(("sentence", "typo", "meant"), TYPOS, ids=[t for _, t, _ in TYPOS])
def test_slips_of_trade_words_are_still_reported(sentence: str, typo: str, meant: str) -> None:
    assert flagged_texts(MisspelledWord, wrap(sentence)) == [typo]
    assert meant in load_speller("en").suggest(typo)[:3]


# words of the new sections one edit from a frequent word: the frequent word's usual slips stay errors
@pytest.mark.parametrize("slip", ["recieve", "adress", "definately", "seperate", "accomodate",
                                  "occured", "untill", "wich", "tommorow", "begining"])
def test_everyday_misspellings_are_still_reported(slip: str) -> None:
    assert flagged_texts(MisspelledWord, wrap(f"I will {slip} it soon.")) == [slip]


def test_extra_list_is_lower_case_without_duplicates() -> None:
    words = [line.split("#", 1)[0].strip() for line in read_data("spelling-en-extra.txt").splitlines()]
    words = [w for w in words if w]
    assert all(w == w.lower() for w in words)
    assert [w for w, n in Counter(words).items() if n > 1] == []


@pytest.mark.parametrize("word", [
    "capnography", "borescope", "pushback", "lede", "façade", "backlot", "clubroot", "plyometrics",
    "endo", "subrogation", "planogram", "exfiltration", "termbase", "deaccession", "ductwork", "superheat",
    "megger", "busbar", "seagrass", "bycatch", "demurrage", "transhipment", "matatu", "diolch", "asante",
])
def test_trade_and_regional_words_are_known(word: str) -> None:
    assert load_speller().known(word)


@pytest.mark.parametrize("typo", ["capnograpy", "borescpe", "exfiltraton", "ductwrok", "demurage"])
def test_typos_of_trade_words_are_still_unknown(typo: str) -> None:
    assert not load_speller().known(typo)


# Lower-case names of web developers' tools and the verbs of editing code (thirty-third batch: "php artisan",
# "using xdebug", "axios", "gitflow", "by uncommenting"), a greeting's playful form ("Heya!") and Nigerian
# English's tricycle taxi ("the keke to the gate"): words of the extra list. Fresh wordings.
@pytest.mark.parametrize("sentence", [
    "I profiled the php service with xdebug and checked the client with eslint and stylelint.",
    "The client calls the API through axios, and the team branches with gitflow.",
    "I drew the icons in icomoon and left the retry uncommented for now.",
    "Heya! The keke ride to the office was quick.",
    "Uncommenting the flag and the parameterization of the tests took an hour.",
])
def test_web_tools_and_regional_words_are_known(sentence: str) -> None:
    assert_clean(MisspelledWord, wrap(sentence))


@pytest.mark.parametrize(("sentence", "typo"), [
    ("I profiled it with xdebg.", "xdebg"),
    ("The client calls axois.", "axois"),
    ("Heyya! Thanks again.", "Heyya"),
    ("The kekee was late.", "kekee"),
])
def test_slips_of_the_new_words_are_still_reported(sentence: str, typo: str) -> None:
    assert flagged_texts(MisspelledWord, wrap(sentence)) == [typo]

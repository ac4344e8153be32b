"""misspelled-word (FL101): drug names by their nonproprietary stems and two-word scientific names are
not misspellings; misspellings beside them still are. Wordings written for this project."""

from __future__ import annotations

import pytest

from followup_lint.rules.spelling import MisspelledWord
from followup_lint.testing import findings_of

INTERVIEW = {"interviewers": [{"name": "Priya Raman"}], "company": "Zentrifex Labs", "role": "Pharmacist"}


def flagged(sentence: str) -> list[str]:
    draft = f"Hi Priya,\n\n{sentence}\n\nBest,\nSam Okoye"
    return [f.data["word"] for f in findings_of(MisspelledWord, draft, INTERVIEW)]


@pytest.mark.parametrize("sentence", [
    "We compared rosuvastatin with pravastatin for older patients.",
    "I switched the patient from lisinopril to valsartan after the cough.",
    "Beta blockers such as bisoprolol and carvedilol came up as well.",
    "My rotation covered infliximab and vancomycin dosing.",
    "We discussed pantoprazole versus famotidine before surgery.",
    "The lab grew Arabidopsis thaliana and Caenorhabditis elegans side by side.",
    "My thesis used Saccharomyces cerevisiae as a model.",
    "We cultured E. coli and then D. melanogaster lines.",
])
def test_technical_names_are_not_misspellings(sentence: str) -> None:
    assert flagged(sentence) == []


@pytest.mark.parametrize(("sentence", "word"), [
    ("I definately read up on statins afterwards.", "definately"),
    ("Priya mentiones the team uses Saccharomyces cerevisiae.", "mentiones"),
    ("The Marketing critera were clear.", "critera"),
    ("We talked about the Onboarding agendda.", "agendda"),
])
def test_misspellings_beside_technical_names_are_still_reported(sentence: str, word: str) -> None:
    assert word in flagged(sentence)


def test_the_stem_lookup_answers_as_one_endswith_per_stem() -> None:
    """``has_stem`` groups the stems by length; it must agree with checking every stem in turn."""
    import random

    from followup_lint.rules.spelling import _technical

    shapes = _technical()

    def by_each_stem(word: str) -> bool:
        return any(word == stem or word.endswith(stem) and len(word) - len(stem) >= shapes.min_before
                   for stem in shapes.stems)

    rng = random.Random(7)
    letters = "abcdefghilmnoprstuvz"
    words = [stem for stem in shapes.stems]
    for stem in shapes.stems:
        for before in range(0, shapes.min_before + 2):
            words.append("".join(rng.choice(letters) for _ in range(before)) + stem)
        words.append(stem[1:])
        words.append(stem + "x")
    words += ["".join(rng.choice(letters) for _ in range(rng.randint(1, 14))) for _ in range(3000)]
    assert any(by_each_stem(w) for w in words) and not all(by_each_stem(w) for w in words)
    for word in words:
        assert shapes.has_stem(word) == by_each_stem(word), word


# Outside batch "fourteenth" (p-101 "mount with sshfs"): a lower-case command's name in a technical
# paragraph, its first letters beginning no frequent English word, is no misspelling; a typo of a word by
# its first letters swapped or a vowel dropped, or outside a technical paragraph, still is.
@pytest.mark.parametrize("sentence", [
    "I mounted the share with sshfs and ran rsync to copy the data.",
    "The build server runs tmux and htop for the long jobs.",
    "I ran pgbench and ncdu on the box to check the disk.",
    "The script pipes the logs through jq before `grep` sees them.",
])
def test_command_names_in_a_technical_paragraph_are_not_misspellings(sentence: str) -> None:
    assert flagged(sentence) == []


@pytest.mark.parametrize(("sentence", "word"), [
    ("I ran the script on hte server.", "hte"),
    ("I will install the package tmorrow morning.", "tmorrow"),
    ("The rpoject build passed on the server.", "rpoject"),
    ("We chatted about sshfs over lunch and it was fun.", "sshfs"),
    ("I mounted the share with sshfs and recieved the data.", "recieved"),
])
def test_typos_and_command_names_outside_technical_prose_are_still_reported(sentence: str, word: str) -> None:
    assert word in flagged(sentence)


# Outside batch "sixteenth" (a-307, "the jungang-dong office" in a note typed all in lower case): a romanised
# place name carrying its administrative suffix after a hyphen (Korean -dong, -gu, -ro; Japanese -ku, -machi)
# is a place in any case; a typo one edit from a word stays reported even before such a suffix.
@pytest.mark.parametrize("body", [
    "hi jiwoo,\n\nthe office in seocho-gu was easy to find.\n\nminsu",
    "hi mr park,\n\nwe met near the yeoksam-dong station after the interview.\n\nhana",
    "hi kenji,\n\nthe walk to the nishi-machi depot was short.\n\naya",
    "hi sora,\n\nthe new branch on teheran-ro looks great.\n\njun",
])
def test_a_romanised_place_with_its_suffix_is_no_misspelling(body: str) -> None:
    assert findings_of(MisspelledWord, body) == []


@pytest.mark.parametrize("body,typo", [
    ("hi ana,\n\nthe recieve-dong desk was busy.\n\nsam", "recieve"),
    ("hi jiwoo,\n\nthe seocho-gu office was realy nice.\n\nminsu", "realy"),
])
def test_a_typo_before_a_place_suffix_or_beside_a_place_is_still_reported(body: str, typo: str) -> None:
    found = findings_of(MisspelledWord, body)
    assert [body[f.span.start:f.span.end] for f in found] == [typo]

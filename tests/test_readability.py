"""Report.metrics and readability: offline, lazily loaded, equal to textstat's pyphen syllable counts."""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap

import pytest

from followup_lint import Config, Linter, lint_draft
from followup_lint.readability import readability, syllables

NOTE = ("Hi Dana,\n\nThank you for the conversation this morning about the data engineering role. I enjoyed "
        "hearing how the team moved billing to Kubernetes! Could we talk about the on-call rota?\n\n"
        "Best regards,\nSam Lee\n-- \nSam Lee | Engineer | 555 0100\n\nOn Mon, Dana wrote:\n> Quoted text here.")


def _no_network(*args, **kwargs):
    raise AssertionError("the network was touched")


def test_metrics_are_computed_with_the_network_blocked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _no_network)
    monkeypatch.setattr(socket.socket, "connect_ex", _no_network)
    monkeypatch.setattr(socket, "create_connection", _no_network)
    syllables.cache_clear()
    report = Linter(Config(select=("FL305", "FL306"))).lint(NOTE, clock=False)
    m = report.metrics
    assert m["words"] == 33 and m["questions"] == 1 and m["exclamation_marks"] == 1
    assert isinstance(m["flesch_reading_ease"], float) and isinstance(m["flesch_kincaid_grade"], float)
    assert m["reading_time_s"] == round(33 * 60 / 238, 1)
    assert set(m) >= {"words", "sentences", "questions", "exclamation_marks", "subject_words", "subject_chars",
                      "flesch_reading_ease", "flesch_kincaid_grade", "reading_time_s", "topics_referenced",
                      "strengths_raised", "questions_raised"}


def test_empty_text_has_no_scores() -> None:
    assert readability([], []) == (None, None)
    m = lint_draft("", config=Config(select=("FL305",))).metrics
    assert m["words"] == 0 and m["flesch_kincaid_grade"] is None


def test_syllables() -> None:
    assert syllables("I've") == 1
    assert syllables("late-arriving") == syllables("late") + syllables("arriving")
    assert syllables("conversation") >= 3
    assert all(syllables(w) >= 1 for w in ("a", "rhythm", "Kubernetes", "I"))


def test_syllable_counts_match_textstat_without_cmudict(monkeypatch: pytest.MonkeyPatch) -> None:
    """textstat 0.7.13 counts syllables with pyphen for a language code it does not map to cmudict."""
    monkeypatch.setattr(socket.socket, "connect", _no_network)
    textstat = pytest.importorskip("textstat")
    if getattr(textstat, "__version__", None) != (0, 7, 13):
        pytest.skip("the parity check is written for textstat 0.7.13")
    from textstat.backend.counts import count_syllables

    words = "thank you for the conversation this morning about migration rollout kubernetes engineering " \
            "appreciated opportunity schedule quantitative organisation responsibilities".split()
    for w in words:
        assert syllables(w) == count_syllables(w, "en-US"), w


def test_import_is_light_and_first_metrics_are_fast() -> None:
    """A fresh process: importing the package loads neither pyphen nor textstat nor NLTK; the first
    metrics (pyphen's dictionary loaded then) take well under a second, with the network blocked."""
    code = textwrap.dedent("""
        import socket, sys, time
        def blocked(*a, **k):
            raise OSError("network blocked")
        socket.socket.connect = blocked
        t0 = time.perf_counter()
        import followup_lint
        t1 = time.perf_counter()
        assert not any(m.split(".")[0] in ("pyphen", "textstat", "nltk") for m in sys.modules), sys.modules
        from followup_lint.document import Document
        from followup_lint.metrics import compute_metrics
        from followup_lint.model import Draft
        doc = Document(Draft(body="Hi Dana,\\n\\nThank you for the conversation about the migration.\\n\\nBest,\\nSam"))
        t2 = time.perf_counter()
        m = compute_metrics(doc)
        t3 = time.perf_counter()
        assert m["flesch_kincaid_grade"] is not None
        print(t1 - t0, t3 - t2)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    import_s, first_metrics_s = map(float, out.stdout.split())
    assert first_metrics_s < 0.5


def test_own_pattern_reader_counts_like_pyphen() -> None:
    """readability reads pyphen's hyphenation file itself (fast, values parsed lazily): its hyphenation
    points must be pyphen's for every kind of word (common, rare, trade words, accents, capitals)."""
    pyphen = pytest.importorskip("pyphen")
    from followup_lint import readability
    from followup_lint.spelling.lexicon import read_data

    path = readability._find_dictionary()
    assert path is not None
    ours = readability._Patterns.load(path)
    assert ours is not None
    ref = pyphen.Pyphen(lang=readability.PYPHEN_LANG)
    words = read_data("spelling-en-common.txt").split()[::8] + read_data("spelling-en-extra.txt").split()
    words += read_data("spelling-en-rare.txt").split("\n", 1)[1].split()[::40]
    words += ["Kubernetes", "PostgreSQL", "naïve", "ÉCOLE", "İstanbul", "a", "x", "rhythm", "o'clock", "straße",
              "idempotency", "internationalization", "antidisestablishmentarianism"]
    assert len(words) > 8000
    for w in words:
        assert ours.count(w) == len(ref.positions(w)), w


def test_packaged_hyphenation_counts_equal_fresh_counts_of_the_same_dictionary() -> None:
    """The common words' counts shipped in a data file (so that a new draft's usual words are not walked
    through the patterns) are exactly what ``_Patterns`` counts from the installed dictionary."""
    from followup_lint import readability
    from followup_lint.spelling.lexicon import read_data

    path = readability._find_dictionary()
    assert path is not None
    shipped = readability._Patterns.load(path)
    fresh = readability._Patterns.load(path, known=False)
    assert shipped is not None and fresh is not None and fresh.known is None
    assert shipped.known is not None, f"{readability.COUNTS_FILE} was counted from another {path.name}: " \
                                      "rebuild it with tools/build_hyphenation_counts.py"
    lines = shipped.known.text.split("\n")
    entries = [line.partition(":") for line in lines if line]
    common = [w for w in read_data("spelling-en-common.txt").split("\n") if readability.counted_ahead(w)]
    assert {word for word, _, _ in entries} == set(common)
    for word, _, value in entries:
        assert shipped.known.value(word) == value
        assert fresh.count(word) == int(value), word
    # words outside the file (rare, trade, capitalised, odd) are counted from the patterns, as before
    for word in ("kubernetes", "Kubernetes", "idempotency", "xyzzyq", "straße", "a", "ab", "naïve", "o'clock"):
        assert shipped.count(word) == fresh.count(word), word


def test_packaged_hyphenation_counts_are_ignored_for_another_dictionary_file(tmp_path) -> None:
    from followup_lint import readability
    from followup_lint.spelling.lexicon import read_data

    path = readability._find_dictionary()
    assert path is not None
    other = tmp_path / path.name
    data = path.read_bytes()
    other.write_bytes(data + b"\n% one comment more\n")   # the same patterns, another file
    assert readability._Patterns.load(other).known is None
    text = read_data(readability.COUNTS_FILE)
    crc = int(text[len("# crc32="):len("# crc32=") + 8], 16)
    assert readability.known_counts(crc, text) is not None
    assert readability.known_counts(crc ^ 1, text) is None
    assert readability.known_counts(crc, "no header\n" + text.partition("\n")[2]) is None

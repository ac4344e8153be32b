"""Configuration: keys, precedence, upward search, rule options, selectors."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from followup_lint import Config, ConfigError, Linter, Severity
from followup_lint.config import find_config, load_config
from followup_lint.registry import is_enabled
from followup_lint.rules import BUILTIN_RULES
from followup_lint.rules.placeholder import LeftoverPlaceholder
from followup_lint.rules.punctuation_lines import GreetingPunctuation


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_kebab_case_keys_become_snake_case(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path / ".followup-lint.toml",
                            'fail-on = "warning"\nlanguage = "en-GB"\nmax-size = 5000\ntemplate-globs = ["t/*.md"]\n'
                            '[per-path-ignores]\n"legacy/*" = ["FL2"]\n[languagetool]\nurl = "http://localhost:8081"\n'
                            'timeout-s = 1.5\n'))
    assert cfg.fail_on == "warning" and cfg.language == "en-GB" and cfg.max_size == 5000
    assert cfg.template_globs == ("t/*.md",) and cfg.per_path_ignores["legacy/*"] == ("FL2",)
    assert cfg.languagetool.url == "http://localhost:8081" and cfg.languagetool.timeout_s == 1.5


@pytest.mark.parametrize("text,key", [
    ("colour = 1\n", "colour"),
    ("fail_on = 'error'\n", "fail_on"),
    ("[languagetool]\nserver = 'x'\n", "languagetool.server"),
])
def test_unknown_keys_name_the_key_and_the_file(tmp_path: Path, text: str, key: str) -> None:
    path = write(tmp_path / ".followup-lint.toml", text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert key in str(info.value) and str(path) in str(info.value)


def test_bad_values_are_config_errors(tmp_path: Path) -> None:
    for text in ('language = "fr"\n', 'fail-on = "loud"\n', "max-size = -1\n", "select = 3\n", "jobs = 0\n"):
        with pytest.raises(ConfigError):
            load_config(write(tmp_path / ".followup-lint.toml", text))


def test_invalid_toml_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(write(tmp_path / ".followup-lint.toml", "select = [\n"))


def test_upward_search_and_precedence(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.followup-lint]\nlanguage = "en-US"\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep / "draft.md") == tmp_path / "pyproject.toml"
    write(tmp_path / "a" / "pyproject.toml", "[tool.black]\nline-length = 100\n")  # no section: keep looking
    assert find_config(deep / "draft.md") == tmp_path / "pyproject.toml"
    write(tmp_path / "a" / ".followup-lint.toml", 'language = "en-GB"\n')
    assert find_config(deep / "draft.md") == tmp_path / "a" / ".followup-lint.toml"
    write(tmp_path / "a" / "b" / "pyproject.toml", '[tool.followup-lint]\nlanguage = "en"\n')
    write(tmp_path / "a" / "b" / ".followup-lint.toml", 'language = "en-GB"\n')
    assert find_config(deep / "draft.md") == deep / ".followup-lint.toml"  # the dotfile wins in one folder


def test_rule_options_are_validated_when_the_linter_is_built() -> None:
    with pytest.raises(ConfigError, match="rules.greeting-punctuation.colour"):
        Linter(Config(rules={"greeting-punctuation": {"colour": 1}}))
    with pytest.raises(ConfigError, match="severity"):
        Linter(Config(rules={"greeting-punctuation": {"severity": "fatal"}}))


def test_options_for_an_unloaded_rule_are_a_warning() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        Linter(Config(rules={"no-such-rule": {"severity": "info"}}))
    assert any("no-such-rule" in str(w.message) for w in caught)


def test_severity_override_applies_to_every_level() -> None:
    linter = Linter(Config(select=("FL108",), rules={"greeting-punctuation": {"severity": "error"}}))
    report = linter.lint("Hi Dana\n\nThanks.", clock=False)
    assert [f.severity for f in report.findings] == [Severity.ERROR]


@pytest.mark.parametrize("select,ignore,expected", [
    (None, (), True),
    (("FL2",), (), False),
    (("FL1",), (), True),
    (("FL1",), ("FL108",), False),
    (("FL108",), ("FL1",), True),           # the more specific selector wins
    (("FL1",), ("FL1",), False),            # ignore beats select at equal specificity
    (("greeting-punctuation",), ("FL1",), True),
    (("ALL",), ("greeting-punctuation",), False),
])
def test_selector_specificity(select, ignore, expected) -> None:
    assert is_enabled(GreetingPunctuation, select, ignore) is expected


def test_selector_that_matches_nothing_is_an_error() -> None:
    with pytest.raises(ConfigError, match="FL9"):
        Linter(Config(select=("FL9",)))


def test_fl000_runs_only_when_named() -> None:
    meta = next(r for r in BUILTIN_RULES if r.code == "FL000")
    assert not is_enabled(meta, None, ())
    assert not is_enabled(meta, ("FL",), ())
    assert is_enabled(meta, ("FL000",), ())


def test_config_round_trips_its_dict() -> None:
    cfg = Config(select=("FL1",), rules={"leftover-placeholder": {"severity": "warning"}})
    assert Config.from_dict(cfg.to_dict()) == cfg
    assert LeftoverPlaceholder.name in cfg.rules

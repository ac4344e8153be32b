"""Results to feed the formatters: real reports from real files, plus an unreadable one."""

from __future__ import annotations

from pathlib import Path

from followup_lint.engine import Linter
from followup_lint.loaders import load
from followup_lint.config import Config
from followup_lint.output import FileResult, RenderContext

TEXT = "Subject: Thank you\n\nHi Dana\n\nThank you, [Interviewer Name].\n\nBest regards\nSam\n"


def sample_results(tmp_path: Path, *, extra_files: dict[str, str] | None = None) -> tuple[list[FileResult], RenderContext]:
    linter = Linter(Config(select=("FL108", "FL109", "FL205", "FL303")))
    files = {"drafts/a, b:c.md": TEXT, "clean.md": "Subject: Hi\n\nHi Dana,\n\nThank you.\n\nBest,\nSam\n"}
    files.update(extra_files or {})
    results = []
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        source = load(path)
        source_path = name
        import dataclasses

        source = dataclasses.replace(source, origin=dataclasses.replace(source.origin, path=source_path))
        report = linter.lint(source.draft, clock=False, source=source)
        results.append(FileResult(name, report))
    results.append(FileResult("broken.txt", errors=["not valid UTF-8 (byte 3); save the file as UTF-8"]))
    return results, RenderContext(rules=tuple(linter.registry), version="9.9.9")

"""End to end with a real editor: headless Neovim (0.7 or later: the built-in LSP client) opens a mutt
compose file, starts ``followup-lint lsp`` and reads ``vim.diagnostic.get()``.

Skipped where Neovim is not installed (``.ci/run`` installs it where it can: ``apt-get install neovim``).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from _lsp_util import PRIYA, book_of, server_env

pytest.importorskip("pygls", reason="the lsp extra (pygls) is not installed")
NVIM = shutil.which("nvim")
pytestmark = pytest.mark.skipif(NVIM is None, reason="Neovim (nvim) is not installed: apt-get install neovim")

BOOK = book_of(PRIYA)

COMPOSE = """\
From: Sam Lee <sam@example.org>
To: Priya Raman <priya@acme.example>
Subject: Thank you for the Data Engineer interview

Hi Priya,

Thank you 😀, Pryia, for walking me through the pipeline migration today.

Best,
Sam
"""

INIT = """\
-- runs once the compose file is loaded (an init file runs before it is)
vim.api.nvim_create_autocmd('VimEnter', { callback = function()
  local out = vim.env.FLT_OUT
  local client = vim.lsp.start_client({
    name = 'followup-lint',
    cmd = { vim.env.FLT_PYTHON, '-m', 'followup_lint', 'lsp' },
    root_dir = vim.env.FLT_ROOT,
  })
  vim.lsp.buf_attach_client(0, client)
  local done = vim.wait(30000, function()
    for _, d in ipairs(vim.diagnostic.get(0)) do
      if d.source == 'followup-lint' then return true end
    end
    return false
  end, 100)
  local rows = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    table.insert(rows, { lnum = d.lnum, col = d.col, end_col = d.end_col, code = code, source = d.source,
                         severity = d.severity, message = d.message })
  end
  vim.fn.writefile({ vim.fn.json_encode({ done = done, diagnostics = rows }) }, out)
  vim.lsp.stop_client(client)
  vim.wait(5000, function() return vim.lsp.client_is_stopped(client) end, 50)
  vim.cmd('qa!')
end })
"""


def test_neovim_shows_the_misspelt_interviewer_name_in_a_compose_file(tmp_path: Path) -> None:
    book = tmp_path / "interviews.toml"
    book.write_text(BOOK, encoding="utf-8")
    compose = tmp_path / "neomutt-host-1000-31337-2718281828"
    compose.write_text(COMPOSE, encoding="utf-8")
    init = tmp_path / "init.lua"
    init.write_text(INIT, encoding="utf-8")
    out = tmp_path / "diagnostics.json"
    env = server_env(tmp_path, FOLLOWUP_LINT_INTERVIEWS=str(book), FLT_OUT=str(out), FLT_PYTHON=sys.executable,
                     FLT_ROOT=str(tmp_path))
    assert NVIM is not None
    subprocess.run([NVIM, "--headless", "-n", "-i", "NONE", "--noplugin", "-u", str(init), str(compose)],
                   env=env, cwd=tmp_path, timeout=90, check=True, stdin=subprocess.DEVNULL,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["done"] is True
    name = [d for d in result["diagnostics"] if d["code"] == "FL202"]
    assert len(name) == 1
    line = COMPOSE.splitlines()[6]
    # Neovim stores byte columns: converted from our UTF-16 positions, past the emoji, the name is exact
    start = len(line[:line.index("Pryia")].encode("utf-8"))
    assert (name[0]["lnum"], name[0]["col"], name[0]["end_col"]) == (6, start, start + len("Pryia"))
    assert name[0]["source"] == "followup-lint" and "Priya" in name[0]["message"]
    emoji = [d for d in result["diagnostics"] if d["code"] == "FL307"]
    assert emoji and emoji[0]["col"] == len(line[:line.index("😀")].encode("utf-8"))

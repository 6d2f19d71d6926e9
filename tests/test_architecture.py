"""The layers of DESIGN.md hold, and the code is lint-clean."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def test_dependency_direction_is_enforced_by_import_linter():
    result = subprocess.run([str(BIN / "lint-imports"), "--no-cache"], cwd=REPO,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 6 kept, 0 broken." in result.stdout


def test_ruff_finds_nothing():
    result = subprocess.run([str(BIN / "ruff"), "check", "leaddesk", "tests", "main.py"],
                            cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr

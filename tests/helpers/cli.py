"""Running the real ``leaddesk`` command in a child process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def leaddesk(*args: str, db: str | None = None, timeout: float = 120,
             stdin: str | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "leaddesk"]
    if db is not None:
        command += ["--db", db]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    return subprocess.run([*command, *args], capture_output=True, text=True, timeout=timeout,
                          env=env, input=stdin)


def child_env(tmp_path, keyring: bool = True) -> dict[str, str]:
    """The environment of a child ``leaddesk``: offscreen, the repository importable, and
    a keyring in a file under ``tmp_path`` (or none at all)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8",
               PYTHONPATH=str(REPO))
    if keyring:
        env["PYTHON_KEYRING_BACKEND"] = "tests.helpers.keyring_file.FileKeyring"
        env["LEADDESK_TEST_KEYRING_FILE"] = str(tmp_path / "keyring.json")
    else:
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return env


def run_leaddesk(db: str, *args: str, env: dict, stdin: str | None = None, timeout: float = 120):
    return subprocess.run([sys.executable, "-m", "leaddesk", "--db", db, *args],
                          capture_output=True, text=True, env=env, input=stdin,
                          timeout=timeout, cwd=REPO)

"""Running the real ``leaddesk`` command in a child process."""

from __future__ import annotations

import os
import subprocess
import sys


def leaddesk(*args: str, db: str | None = None, timeout: float = 120,
             stdin: str | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "leaddesk"]
    if db is not None:
        command += ["--db", db]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    return subprocess.run([*command, *args], capture_output=True, text=True, timeout=timeout,
                          env=env, input=stdin)

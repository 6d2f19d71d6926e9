"""``leaddesk channel add email`` and ``leaddesk sync --once`` as a person runs them, and
the crash test: a sync killed at random points, restarted, stores every mail once."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.helpers.cli import child_env, run_leaddesk
from tests.helpers.mailgen import make_mail


def _add_args(dovecot, login: str, name: str = "Продажи") -> list[str]:
    return ["channel", "add", "email", "--name", name, "--imap-host", "127.0.0.1",
            "--imap-port", str(dovecot.ssl_port), "--imap-security", "ssl",
            "--ca-file", dovecot.ca_file, "--smtp-host", "127.0.0.1", "--smtp-port", "1",
            "--smtp-security", "none", "--login", login, "--address",
            f"{login}@shop.example.ru", "--password-stdin"]


@pytest.fixture
def mailbox(dovecot):
    login = f"cli{random.randrange(10**9)}"
    dovecot.add_user(login, "cli-secret")
    return login


def test_an_account_added_headless_keeps_its_password_in_the_keyring_only(
        dovecot, mailbox, tmp_path):
    db = str(tmp_path / "desk.db")
    env = child_env(tmp_path)
    result = run_leaddesk(db, *_add_args(dovecot, mailbox), env=env, stdin="cli-secret\n")
    assert result.returncode == 0, result.stderr
    assert "keyring" in result.stdout
    assert b"cli-secret" not in Path(db).read_bytes()
    assert "cli-secret" in (tmp_path / "keyring.json").read_text()
    dovecot.append(mailbox, "INBOX", make_mail(1, sender="buyer@example.ru"))
    synced = run_leaddesk(db, "sync", "--once", env=env)
    assert synced.returncode == 0, synced.stderr
    assert "1 new leads" in synced.stdout
    listing = run_leaddesk(db, "channel", "list", env=env)
    assert "Продажи" in listing.stdout and "ERROR" not in listing.stdout


def test_without_a_keyring_nothing_is_saved_and_the_person_is_told_why(
        dovecot, mailbox, tmp_path):
    db = str(tmp_path / "desk.db")
    result = run_leaddesk(db, *_add_args(dovecot, mailbox), env=child_env(tmp_path, keyring=False),
                       stdin="cli-secret\n")
    assert result.returncode == 2
    assert "keyring" in result.stderr and "Nothing was saved" in result.stderr
    listing = run_leaddesk(db, "channel", "list", env=child_env(tmp_path))
    assert "Продажи" not in listing.stdout


def test_a_wrong_password_is_refused_before_anything_is_saved(dovecot, mailbox, tmp_path):
    db = str(tmp_path / "desk.db")
    result = run_leaddesk(db, *_add_args(dovecot, mailbox), env=child_env(tmp_path),
                       stdin="wrong\n")
    assert result.returncode == 2
    assert "refused the login or password" in result.stderr


def test_a_sync_killed_at_random_points_stores_every_mail_exactly_once(
        dovecot, mailbox, tmp_path):
    db = str(tmp_path / "desk.db")
    env = child_env(tmp_path)
    assert run_leaddesk(db, *_add_args(dovecot, mailbox), env=env,
                     stdin="cli-secret\n").returncode == 0
    mails = [make_mail(i, sender=f"buyer{i % 700}@example.ru",
                       subject=f"Заявка номер {i}") for i in range(2000)]
    dovecot.append_many(mailbox, "INBOX", mails)
    rng = random.Random(7)
    command = [sys.executable, "-m", "leaddesk", "--db", db, "sync", "--once"]
    for _ in range(20):
        with subprocess.Popen(command, env=env, cwd=REPO, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL) as process:
            time.sleep(rng.uniform(0.8, 3.5))
            process.kill()
    final = run_leaddesk(db, "sync", "--once", env=env, timeout=300)
    assert final.returncode == 0, final.stderr
    with sqlite3.connect(db) as connection:
        messages = connection.execute("select count(*), count(distinct external_id) "
                                      "from messages where direction='inbound'").fetchone()
        leads = connection.execute("select count(*) from leads").fetchone()[0]
    # Every mail once: 2,000 distinct Message-IDs; the subjects differ, so each is a lead.
    assert messages == (2000, 2000)
    assert leads == 2000

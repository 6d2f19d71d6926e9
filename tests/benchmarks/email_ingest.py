"""E-mail intake speed: ``leaddesk sync --once`` against mbsync on the same mailbox.

Run: ``.venv/bin/python tests/benchmarks/email_ingest.py [--messages 10000]``. Starts a
throwaway Dovecot on 127.0.0.1, puts N generated inquiries (tests/helpers/mailgen.py)
into one INBOX, then

(a) adds the account with ``leaddesk channel add email`` (password on stdin, kept in a
    file keyring: tests/helpers/keyring_file.py) and times ``leaddesk sync --once`` end
    to end, checking with sqlite3 that every message arrived;
(b) times ``mbsync`` (Debian package isync) pulling the same INBOX into a maildir,

and prints both rates and the ratio LeadDesk / mbsync. ``--security ssl`` uses IMAPS for
both. Nothing is left behind unless ``--keep``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.helpers.dovecot import DovecotServer, find_program  # noqa: E402
from tests.helpers.mailgen import make_mail  # noqa: E402

LOGIN, PASSWORD = "bench@leaddesk.test", "bench-Secret-1"


def rate(label: str, count: int, seconds: float) -> str:
    return f"{label:<34}{seconds:8.2f} s {count / max(seconds, 1e-9):9,.0f} messages/s"


def leaddesk_program() -> list[str]:
    script = Path(sys.executable).with_name("leaddesk")
    return [str(script)] if script.exists() else [sys.executable, "-m", "leaddesk"]


def run_leaddesk(server: DovecotServer, work: Path, count: int, security: str) -> float | None:
    """(a): returns the seconds of ``sync --once``, or None if it could not run."""
    db_path = work / "bench.db"
    db = f"sqlite:///{db_path}"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8",
               PYTHONPATH=os.pathsep.join(filter(None, [str(REPO),
                                                         os.environ.get("PYTHONPATH")])),
               PYTHON_KEYRING_BACKEND="tests.helpers.keyring_file.FileKeyring",
               LEADDESK_TEST_KEYRING_FILE=str(work / "keyring.json"),
               XDG_CONFIG_HOME=str(work / "config"), XDG_DATA_HOME=str(work / "data"))
    program = leaddesk_program()
    port = server.ssl_port if security == "ssl" else server.port
    add = [*program, "--db", db, "channel", "add", "email", "--name", "Bench",
           "--imap-host", "127.0.0.1", "--imap-port", str(port), "--imap-security", security,
           "--smtp-host", "127.0.0.1", "--smtp-port", "1", "--smtp-security", "none",
           "--login", LOGIN, "--password-stdin"]
    if security == "ssl":
        add += ["--ca-file", server.ca_file]
    result = subprocess.run(add, input=PASSWORD + "\n", capture_output=True, text=True,
                            env=env, cwd=REPO, timeout=300)
    if result.returncode != 0:
        print("(a) LeadDesk: skipped, `leaddesk channel add email` failed "
              f"(exit {result.returncode}); is the command there yet?")
        print("    " + (result.stderr.strip() or result.stdout.strip())[-1500:]
              .replace("\n", "\n    "))
        return None
    for line in (result.stderr + result.stdout).strip().splitlines():
        print(f"    {line}")

    sync = [*program, "--db", db, "sync", "--once"]
    started = time.monotonic()
    result = subprocess.run(sync, capture_output=True, text=True, env=env, cwd=REPO,
                            timeout=3600)
    elapsed = time.monotonic() - started
    if result.returncode != 0:
        print(f"(a) LeadDesk: `leaddesk sync --once` failed (exit {result.returncode}) "
              f"after {elapsed:.1f} s:")
        print("    " + (result.stderr.strip() or result.stdout.strip())[-3000:]
              .replace("\n", "\n    "))
        return None
    output = (result.stdout + result.stderr).strip().splitlines()
    for line in output[-5:]:
        print(f"    {line}")
    with sqlite3.connect(db_path) as connection:
        leads = connection.execute("SELECT count(*) FROM leads").fetchone()[0]
        inbound = connection.execute(
            "SELECT count(*) FROM messages WHERE direction = 'inbound'"
        ).fetchone()[0]
        set_aside = connection.execute("SELECT count(*) FROM set_aside_mail").fetchone()[0]
    verdict = "all arrived" if inbound + set_aside == count else "MISSING MESSAGES"
    print(f"{rate('(a) LeadDesk sync --once:', count, elapsed)}   "
          f"[{leads:,} leads, {inbound:,} messages, {set_aside:,} set aside: {verdict}]")
    return elapsed


def run_mbsync(server: DovecotServer, work: Path, count: int, security: str,
               fsync: bool) -> float | None:
    """(b): returns the seconds of one mbsync pull into an empty maildir.

    With ``fsync`` (mbsync's default) every message file is fsynced, as a durable client
    must; without, it shows the floor: the network, IMAP and file writes alone.
    """
    mbsync = shutil.which("mbsync")
    if mbsync is None:
        print("(b) mbsync: not installed; install it with: apt-get install -y isync")
        return None
    name = f"mbsync-{'fsync' if fsync else 'nofsync'}"
    maildir = work / name
    maildir.mkdir()
    if security == "ssl":
        # mbsync 1.4 checks the name only against DNS names, never an IP address SAN
        # ("certificate owner does not match hostname 127.0.0.1"): connect as localhost.
        tls = (f"Host localhost\nPort {server.ssl_port}\nSSLType IMAPS\n"
               f"CertificateFile {server.ca_file}\n")
    else:
        # mbsync refuses to send a password unencrypted unless LOGIN is allowed explicitly.
        tls = f"Host 127.0.0.1\nPort {server.port}\nSSLType None\nAuthMechs LOGIN\n"
    config = work / f"{name}.rc"
    config.write_text(
        f"FSync {'yes' if fsync else 'no'}\n\n"
        f"IMAPAccount bench\n{tls}User {LOGIN}\nPass {PASSWORD}\n\n"
        "IMAPStore bench-far\nAccount bench\n\n"
        f"MaildirStore bench-near\nPath {maildir}/\nInbox {maildir}/INBOX\n\n"
        "Channel bench\nFar :bench-far:\nNear :bench-near:\nPatterns INBOX\n"
        "Create Near\nSync Pull\nSyncState *\n")
    config.chmod(0o600)
    started = time.monotonic()
    result = subprocess.run([mbsync, "-q", "-c", str(config), "bench"], capture_output=True,
                            text=True, timeout=3600)
    elapsed = time.monotonic() - started
    if result.returncode != 0:
        print(f"(b) mbsync failed (exit {result.returncode}): {result.stderr.strip()[-1500:]}")
        return None
    fetched = sum(1 for sub in ("cur", "new") for _ in (maildir / "INBOX" / sub).iterdir())
    verdict = "all arrived" if fetched == count else f"ONLY {fetched:,}"
    label = "FSync yes (default)" if fsync else "FSync no"
    print(f"{rate(f'(b) mbsync, {label}:', count, elapsed)}   [{fetched:,} files: {verdict}]")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--security", choices=["none", "ssl"], default="none",
                        help="plain IMAP (default) or IMAPS for both clients")
    parser.add_argument("--skip-leaddesk", action="store_true")
    parser.add_argument("--skip-mbsync", action="store_true")
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
    args = parser.parse_args()
    if find_program("dovecot") is None:
        print("Dovecot is not installed: apt-get install -y dovecot-imapd")
        return 2

    count = args.messages
    work = Path(tempfile.mkdtemp(prefix="leaddesk-bench-mail-", dir="/tmp"))
    started = time.monotonic()
    mails = [make_mail(i) for i in range(count)]
    size = sum(map(len, mails))
    print(f"generated {count:,} inquiries ({size / 2**20:.1f} MB) in "
          f"{time.monotonic() - started:.1f} s")

    server = DovecotServer()
    server.start()
    try:
        server.add_user(LOGIN, PASSWORD)
        started = time.monotonic()
        uids = server.append_many(LOGIN, "INBOX", mails)
        print(rate("append_many into Dovecot:", len(uids), time.monotonic() - started))
        del mails

        leaddesk = None if args.skip_leaddesk else run_leaddesk(server, work, count,
                                                                args.security)
        if args.skip_mbsync:
            return 0
        mbsync = run_mbsync(server, work, count, args.security, fsync=True)
        floor = run_mbsync(server, work, count, args.security, fsync=False)
        if leaddesk and mbsync:
            against_floor = f", {leaddesk / floor:.1f}x mbsync without fsync" if floor else ""
            print(f"ratio LeadDesk / mbsync: {leaddesk / mbsync:.1f}x the time{against_floor}")
    finally:
        server.stop()
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

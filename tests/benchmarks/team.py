"""Live desks in team mode: how soon a change made on one desk is read on another.

Run: ``.venv/bin/python tests/benchmarks/team.py [--url postgresql://...] [--changes N]
[--pause MS]``. Without ``--url`` it starts a throwaway PostgreSQL server
(``tests/helpers/postgres.py``), stops it at the end. Desk A (this process) makes N
changes one at a time (new manual leads, takes, notes, postponements, rejections); desk B
(a child process, so the two share no GIL) follows the change log as the watcher thread
does, ``wait()`` then ``poll()``. For each change: the time from A's commit to B's poll
returning its record, both read from the system-wide monotonic clock. Prints count,
median, p95 and max; target: p95 at most 300 ms.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from sqlalchemy import text  # noqa: E402

from leaddesk.adapters.db.engine import make_engine  # noqa: E402
from leaddesk.bootstrap import open_desk  # noqa: E402
from leaddesk.domain.codes import ChannelKind, Role  # noqa: E402
from leaddesk.services import rules, workflow  # noqa: E402
from leaddesk.services.manual_leads import record_manual_lead  # noqa: E402
from tests.helpers.leads import add_lead, make_channels  # noqa: E402
from tests.helpers.postgres import PostgresServer  # noqa: E402

TARGET_P95_MS = 300
KINDS = ("new manual lead", "take", "note", "postpone", "reject")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", help="an empty PostgreSQL database (default: a server of "
                                      "its own)")
    parser.add_argument("--changes", type=int, default=500)
    parser.add_argument("--pause", type=float, default=0.0,
                        help="milliseconds between two changes (default: none)")
    parser.add_argument("--follow", metavar="URL", help=argparse.SUPPRESS)  # desk B
    args = parser.parse_args()
    if args.follow:
        return follow(args.follow)
    server = None
    url = args.url
    if url is None:
        server = PostgresServer()
        server.start()
        server.create_database("leaddesk_team_bench")
        url = server.url("leaddesk_team_bench")
    try:
        return measure(url, args.changes, args.pause / 1000)
    finally:
        if server is not None:
            server.stop()


def measure(url: str, changes: int, pause: float) -> int:
    desk = open_desk(url)
    engine = make_engine(url, pool_size=1)
    try:
        anna, boris, pool = _prepare(desk, changes)
        follower = subprocess.Popen([sys.executable, __file__, "--follow", url],
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert follower.stdout is not None and follower.stdin is not None
        if follower.stdout.readline().strip() != "ready":
            raise RuntimeError("desk B did not start")
        print(f"desk A makes {changes} changes ({', '.join(KINDS)}) on {desk.database_label}",
              flush=True)
        committed: list[tuple[int, float, str]] = []  # last change-log id, when, what
        manual = taken = 0
        for n in range(changes):
            kind = KINDS[n % len(KINDS)]
            if kind == "new manual lead":
                manual = record_manual_lead(desk.uow_factory, anna, ChannelKind.PHONE,
                                            "Телефон", phone=f"+7 900 {n:03d}-00-00",
                                            name=f"Звонок {n}", text="Нужен замер")
            elif kind == "take":
                taken = pool.pop()
                workflow.take_lead(desk.uow_factory, taken, boris)
            elif kind == "note":
                workflow.add_note(desk.uow_factory, taken, boris, "Перезвонить завтра")
            elif kind == "postpone":
                workflow.postpone_lead(desk.uow_factory, taken, boris,
                                       datetime.now(UTC) + timedelta(days=1))
            else:
                workflow.reject_lead(desk.uow_factory, manual, anna, None, "Ошиблись номером")
            at = time.monotonic()
            with engine.connect() as connection:  # A is the only writer: its last record
                seq = connection.execute(text("SELECT MAX(id) FROM change_log")).scalar_one()
            committed.append((int(seq), at, kind))
            if pause:
                time.sleep(pause)
        output, _ = follower.communicate(f"{committed[-1][0]}\n", timeout=60)
    finally:
        engine.dispose()
        desk.close()
    seen = {int(seq): at for seq, at in json.loads(output).items()}
    return report(committed, seen)


def _prepare(desk, changes: int) -> tuple[int, int, list[int]]:
    """Channels, two people, and an unassigned lead for every take."""
    make_channels(desk.uow_factory)
    anna = rules.add_user(desk.uow_factory, "anna", "Анна Котова", Role.DISPATCHER)
    boris = rules.add_user(desk.uow_factory, "boris", "Борис Лебедев", Role.MANAGER)
    takes = sum(1 for n in range(changes) if KINDS[n % len(KINDS)] == "take")
    pool = [add_lead(desk.uow_factory, n) for n in range(1, takes + 1)]
    return anna, boris, pool


def report(committed: list[tuple[int, float, str]], seen: dict[int, float]) -> int:
    latencies = [(seen[seq] - at) * 1000 for seq, at, _kind in committed if seq in seen]
    missed = len(committed) - len(latencies)
    if not latencies:
        print("desk B saw none of the changes")
        return 1
    ordered = sorted(latencies)
    p95 = ordered[math.ceil(0.95 * len(ordered)) - 1]
    print(f"changes seen on desk B   {len(latencies)} of {len(committed)}"
          + (f"   ({missed} MISSED)" if missed else ""))
    for kind in KINDS:
        some = [(seen[seq] - at) * 1000 for seq, at, k in committed if k == kind and seq in seen]
        if some:
            print(f"  {kind:<22} median {statistics.median(some):7.1f} ms   "
                  f"max {max(some):7.1f} ms")
    print(f"commit -> poll on desk B median {statistics.median(ordered):7.1f} ms   "
          f"p95 {p95:7.1f} ms   max {ordered[-1]:7.1f} ms")
    ok = p95 <= TARGET_P95_MS and not missed
    print(f"p95 <= {TARGET_P95_MS} ms: {'yes' if p95 <= TARGET_P95_MS else 'NO'}")
    return 0 if ok else 1


def follow(url: str) -> int:
    """Desk B: follow the log until the last id desk A names on stdin has been read, then
    print when each record was read (JSON, id -> monotonic seconds)."""
    desk = open_desk(url, run_migrations=False)
    feed = desk.open_change_feed()
    last: list[int] = []
    threading.Thread(target=lambda: last.append(int(sys.stdin.readline())), daemon=True).start()
    seen: dict[int, float] = {}
    print("ready", flush=True)
    give_up = math.inf
    try:
        while True:
            feed.wait(0.5)
            records, full = feed.poll()
            now = time.monotonic()
            if full:
                print("desk B: too many changes at once, a full refresh", file=sys.stderr)
            for record in records:
                seen.setdefault(record.seq, now)
            if last:
                give_up = min(give_up, now + 10)
                if max(seen, default=0) >= last[0] or now > give_up:
                    break
    finally:
        feed.close()
        desk.close()
    print(json.dumps(seen))
    return 0


if __name__ == "__main__":
    sys.exit(main())

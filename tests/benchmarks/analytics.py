"""Charts and reports on 1,000,000 demo leads: each must take at most 500 ms.

Run: ``.venv/bin/python tests/benchmarks/analytics.py [--db FILE | --url postgresql://...]
[--leads N]``. Builds the demo database once (``leaddesk demo``, under /tmp, or into the
empty PostgreSQL database given) and prints, for every report and chart
data set, the median and the worst of several runs over three periods (the last 7 days,
the last 30 days, the whole 90-day history), all channels and one channel; then the
schedule's coverage view (4 weeks of demand), and a replay of 4 weeks against the saved
schedule (a button in the editor, not held to the 500 ms of charts and reports).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from leaddesk.bootstrap import open_desk  # noqa: E402
from leaddesk.services import analytics  # noqa: E402
from tests.benchmarks.inbox import ensure_database  # noqa: E402

RUNS = 5
TARGET_MS = 500


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def line(name: str, samples: list[float]) -> str:
    worst = max(samples)
    flag = "" if worst <= TARGET_MS else "   OVER TARGET"
    return (f"{name:<44} median {statistics.median(samples):7.1f} ms   "
            f"max {worst:7.1f} ms{flag}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/leaddesk-bench-analytics-1m.db")
    parser.add_argument("--url", help="a PostgreSQL database instead (filled when empty)")
    parser.add_argument("--leads", type=int, default=1_000_000)
    args = parser.parse_args()
    if args.url:
        _ensure_filled(args.url, args.leads)
    else:
        ensure_database(Path(args.db), args.leads)
    desk = open_desk(args.url or f"sqlite:///{args.db}")
    worst = 0.0
    try:
        reader = desk.reader
        print(f"{reader.lead_total():,} leads in {desk.database_label}", flush=True)
        today = analytics.company_today(reader, datetime.now(UTC))
        periods = {"7 days": 7, "30 days": 30, "90 days": 91}
        for label, days in periods.items():
            for channels in ((), ("vk",)):
                for name in (*analytics.REPORT_NAMES, *analytics.EXTRA):
                    query = analytics.ReportQuery(name, today - timedelta(days=days - 1),
                                                  today, channels)
                    samples = [timed(lambda q=query: analytics.run_report(reader, q))
                               for _ in range(RUNS)]
                    worst = max(worst, max(samples))
                    scope = "vk" if channels else "all"
                    print(line(f"{name} · {label} · {scope}", samples), flush=True)
        worst = max(worst, _schedule(desk, today))
    finally:
        desk.close()
    print(f"worst: {worst:.1f} ms (target {TARGET_MS} ms)")
    return 0 if worst <= TARGET_MS else 1


def _ensure_filled(url: str, leads: int) -> None:
    desk = open_desk(url)
    try:
        empty = desk.reader.lead_total() == 0
    finally:
        desk.close()
    if empty:
        print(f"building {leads:,} demo leads in {url} (once)…", flush=True)
        subprocess.run([sys.executable, "-m", "leaddesk", "--db", url, "demo", "--leads",
                        str(leads), "--seed", "1"], check=True)


def _schedule(desk, today) -> float:
    from leaddesk.services import coverage, schedule
    from leaddesk.services.demo_schedule import add_demo_schedule

    reader = desk.reader
    worst = 0.0
    add_demo_schedule(desk.uow_factory, reader)  # a database made before demo shifts
    saved = schedule.load_schedule(reader)
    for channel in reader.channels():
        samples = [timed(lambda c=channel: coverage.weekly_coverage(reader, c.id, today))
                   for _ in range(RUNS)]
        worst = max(worst, max(samples))
        print(line(f"coverage · {channel.kind.value}", samples), flush=True)
    samples = [timed(lambda: coverage.replay_draft(reader, saved.shifts, saved.exceptions,
                                                   today - timedelta(days=27), today))
               for _ in range(3)]
    # not a chart or report: a button in the editor, run off the GUI thread
    print(f"{'replay 4 weeks · all channels (a button)':<44} median "
          f"{statistics.median(samples):7.1f} ms   max {max(samples):7.1f} ms", flush=True)
    return worst


if __name__ == "__main__":
    sys.exit(main())

"""Inbox speed and memory on 1,000,000 demo leads.

Run: ``.venv/bin/python tests/benchmarks/inbox.py [--db FILE] [--leads N]``. Builds the
demo database once (kept under /tmp), opens the real main window offscreen and prints,
for each action, the time until the window has repainted: the first page, a jump to row
900,000, one search, one filter change; then the process's resident memory.
Targets (this 2-core machine): each action <= 100 ms, memory <= 400 MB.

Team mode: ``--url postgresql://LOGIN:PASSWORD@HOST/DB`` opens a filled PostgreSQL database
instead (``tests/benchmarks/analytics.py --url`` fills one), with that person's own login:
a manager's inbox is what row-level security leaves them (their leads and the pool).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def ensure_database(path: Path, leads: int) -> None:
    if path.exists():
        return
    print(f"building {leads:,} demo leads in {path} (once)…", flush=True)
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "leaddesk", "--db", str(path), "demo",
                    "--leads", str(leads), "--seed", "1"], check=True)
    print(f"  built in {time.monotonic() - started:.1f} s", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/leaddesk-bench-1m.db")
    parser.add_argument("--leads", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--url", help="a filled PostgreSQL database (a person's own login)")
    args = parser.parse_args()
    path = Path(args.db)
    if not args.url:
        ensure_database(path, args.leads)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from leaddesk.bootstrap import open_desk
    from leaddesk.domain.codes import LeadStatus
    from leaddesk.ui.main_window import MainWindow
    from leaddesk.ui.ops import taskman

    app = QApplication.instance() or QApplication([])
    context = open_desk(args.url or str(path))
    settings = QSettings("/tmp/leaddesk-bench.ini", QSettings.Format.IniFormat)
    settings.clear()

    def settle() -> None:
        app.processEvents()
        window.table.viewport().repaint()

    results: dict[str, list[float]] = {}

    def measure(name: str, action) -> None:
        started = time.perf_counter()
        action()
        settle()
        results.setdefault(name, []).append((time.perf_counter() - started) * 1000)

    started = time.perf_counter()
    from leaddesk.ui.app_main import choose_user

    window = MainWindow(context, choose_user(context, settings, None), settings)
    window.resize(1400, 900)
    window.show()
    settle()
    results["open the window, first page shown"] = [(time.perf_counter() - started) * 1000]
    total = window.model.rowCount()
    print(f"{total:,} leads in the inbox")

    bar = window.filter_bar
    deep = min(900_000, total * 9 // 10)
    for _ in range(args.repeat):
        measure("first page shown (reload)", window.model.reload)
        measure(f"jump to row {deep:,}", lambda: window.select_row(deep))
        measure("scroll one page further", lambda: window.select_row(
            min(deep + 40, total - 1)))
        measure("search 'диван'", lambda: bar.search.setText("диван") or bar._emit())
        measure("search 'komod' (no hits)", lambda: bar.search.setText("komod")
                or bar._emit())
        measure("clear the search", lambda: bar.search.setText("") or bar._emit())
        measure("filter: status New", lambda: bar.status.setCurrentIndex(
            bar.status.findData(LeadStatus.NEW)))
        measure("filter: back to all", lambda: bar.status.setCurrentIndex(0))
        measure("jump to the last row", lambda: window.select_row(total - 1))
        measure("jump back to the top", lambda: window.select_row(0))
    taskman().wait(5000)
    app.processEvents()

    print(f"{'action':<36} {'first':>8} {'median':>8} {'max':>8}  (ms)")
    for name, values in results.items():
        print(f"{name:<36} {values[0]:8.1f} {statistics.median(values):8.1f} "
              f"{max(values):8.1f}")
    print(f"resident memory with the window open: {rss_mb():.0f} MB")
    window.shutdown()
    context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

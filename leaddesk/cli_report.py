"""``leaddesk report NAME [--json] [--from DATE --to DATE] [--channel C ...]``."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, date, datetime

from leaddesk.domain.codes import ChannelKind

HELP = {
    "unanswered": "share of leads with no reply, per channel",
    "late": "share of answers later than the channel's SLA, per channel",
    "response-time": "median and 90th percentile of the first response, per channel",
    "state": "leads by state and channel",
    "reasons": "rejections by reason",
    "conversion": "leads, deals and won money per channel and source",
    "funnel": "leads, in progress, deals, won (with money) per channel",
    "peak-hours": "leads per hour of the day and channel",
    "heatmap": "leads per weekday and hour",
    "leaderboard": "per manager: leads, answered in SLA, converted, money",
    "response-distribution": "answered leads per first-response time bin and channel",
}


def add_report_parser(commands) -> None:
    report = commands.add_parser(
        "report", help="print a report (hours and weekdays in the company time zone)",
        description="Reports over leads that arrived in a period (by default the last 30 "
        "days, today included). " + "; ".join(f"{n}: {h}" for n, h in HELP.items()))
    report.add_argument("name", choices=list(HELP), metavar="NAME",
                        help=", ".join(HELP))
    report.add_argument("--json", action="store_true",
                        help='print {"report", "from", "to", "rows": [...]}')
    report.add_argument("--from", dest="start", type=_date, metavar="DATE",
                        help="first day, YYYY-MM-DD (company time)")
    report.add_argument("--to", dest="end", type=_date, metavar="DATE",
                        help="last day, included")
    report.add_argument("--channel", action="append", default=[], metavar="C",
                        choices=[kind.value for kind in ChannelKind],
                        help="only this channel kind (repeat for several)")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-25") from None


def run_report_command(args, open_desk, command_error) -> int:
    from leaddesk.services import analytics

    context = open_desk(args)
    try:
        today = analytics.company_today(context.reader, datetime.now(UTC))
        start, end = analytics.default_period(today)
        if args.end is not None:
            end = args.end
            if args.start is None:
                start = end - (today - start)
        if args.start is not None:
            start = args.start
        if end < start:
            raise command_error(f"the period ends ({end}) before it starts ({start})")
        report = analytics.run_report(context.reader, analytics.ReportQuery(
            args.name, start, end, tuple(dict.fromkeys(args.channel))))
    finally:
        context.close()
    if args.json:
        json.dump(report.as_json(), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print(f"{args.name}: {start.isoformat()} .. {end.isoformat()}")
    _print_table(report.columns, report.rows)
    return 0


def _cell(value) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".") if abs(value) < 10 else f"{value:.2f}"
    return str(value)


def _print_table(columns: list[str], rows: list[dict]) -> None:
    cells = [[_cell(row[c]) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)))
    if not rows:
        print("(no leads in this period)")

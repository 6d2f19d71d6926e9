"""Headless commands. ``leaddesk`` with no command opens the window."""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import UTC, datetime

from leaddesk.cli_channels import add_channel_parsers, run_channel_command, run_sync_command
from leaddesk.cli_import import add_import_parser, run_import_command
from leaddesk.cli_people import add_user_parsers, run_user_command
from leaddesk.cli_report import add_report_parser, run_report_command
from leaddesk.cli_web import run_serve_intake
from leaddesk.domain.codes import ChannelKind, LeadStatus
from leaddesk.domain.inbox import InboxFilter


class CommandError(Exception):
    """A problem to tell the user in one sentence, exit code 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leaddesk",
        description="LeadDesk: one inbox for every inbound sales request. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--db", metavar="URL",
                        help="database: a file path, sqlite:///FILE or postgresql://... "
                        "(default: $LEADDESK_DB, else a file in your data folder)")
    parser.add_argument("--user", metavar="LOGIN", help="act as this user (the window)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("init", help="create the database or bring it up to date")

    demo = commands.add_parser("demo", help="fill the database with a 90-day demo history")
    demo.add_argument("--leads", type=int, default=5000, help="how many leads (default 5000)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    demo.add_argument("--replace", action="store_true",
                      help="delete the leads already in the database first")
    demo.add_argument("--now", help=argparse.SUPPRESS)

    leads = commands.add_parser("leads", help="look at leads")
    leads_commands = leads.add_subparsers(dest="leads_command", metavar="COMMAND", required=True)
    listing = leads_commands.add_parser("list", help="list leads, newest first")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.add_argument("--status", choices=[s.value for s in LeadStatus])
    listing.add_argument("--channel", choices=[c.value for c in ChannelKind])
    listing.add_argument("--search", default="", help="words to find")
    listing.add_argument("--limit", type=int, default=50)

    shot = commands.add_parser("screenshot", help="render a view of the window to a PNG file")
    shot.add_argument("--view", choices=["inbox", "card", "schedule", "charts", "reports"],
                      default="inbox")
    shot.add_argument("--out", required=True, help="PNG file to write")
    shot.add_argument("--lead", type=int, help="the lead to show (default: the newest)")
    shot.add_argument("--width", type=int, default=1400)
    shot.add_argument("--height", type=int, default=900)
    shot.add_argument("--language", help="ru or en (default: the system's)")
    add_import_parser(commands)
    add_channel_parsers(commands)
    add_report_parser(commands)
    add_user_parsers(commands)
    return parser


def run(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            from leaddesk.ui.app_main import run_window

            return run_window(args.db, args.user)
        handler = {
            "init": _init,
            "demo": _demo,
            "leads": _leads,
            "screenshot": _screenshot,
            "import": lambda args: run_import_command(args, _open(args)),
            "channel": lambda args: run_channel_command(args, _open, CommandError),
            "sync": lambda args: run_sync_command(args, _open, CommandError),
            "report": lambda args: run_report_command(args, _open, CommandError),
            "serve-intake": lambda args: run_serve_intake(args, _open, CommandError),
            "user": lambda args: run_user_command(args, _open, CommandError),
        }[args.command]
        return handler(args)
    except CommandError as error:
        print(f"leaddesk: {error}", file=sys.stderr)
        return 2


def _open(args, **kwargs):
    from leaddesk.bootstrap import open_desk

    try:
        return open_desk(args.db, **kwargs)
    except Exception as error:
        raise CommandError(_explain_database_error(error)) from error


def _explain_database_error(error: Exception) -> str:
    from leaddesk.bootstrap import DatabaseNotReady

    if isinstance(error, DatabaseNotReady):
        return str(error)  # already says what to do (and who may do it)
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    if "unable to open database file" in text:
        return "cannot open the database file: check the path and its folder's permissions"
    if "Connection refused" in text or "could not connect" in text.lower():
        return f"cannot reach the database server ({text})"
    if "password authentication failed" in text:
        return "the database server refused the login or password"
    if "no password supplied" in text:
        return ("the database server wants a password for this login and the keyring has "
                "none: let the window remember it (Team server, Remember the password), "
                "or use a ~/.pgpass file")
    if "does not exist" in text and "database" in text:
        return f"the database server has no such database ({text})"
    return f"cannot open the database: {text}"


def _init(args) -> int:
    context = _open(args)
    print(f"database ready: {context.database_label}")
    context.close()
    return 0


def _demo(args) -> int:
    from leaddesk.services.company import time_zone
    from leaddesk.services.demo import fill_demo

    if args.leads < 0 or args.leads > 5_000_000:
        raise CommandError("--leads must be between 0 and 5,000,000")
    context = _open(args)
    try:
        existing = context.reader.lead_total()
        if existing and not args.replace:
            raise CommandError(
                f"the database already has {existing} leads; "
                "add --replace to delete them and fill it with demo data"
            )
        now = datetime.fromisoformat(args.now) if args.now else datetime.now(UTC)
        if now.tzinfo is None:
            now = now.replace(tzinfo=UTC)
        started = time.monotonic()
        summary = fill_demo(context.open_bulk_loader(), leads=args.leads, seed=args.seed,
                            now=now, zone=time_zone(context.reader),
                            progress=_progress_printer(args.leads))
        from leaddesk.services.demo_schedule import add_demo_schedule
        from leaddesk.services.demo_workflow import add_demo_workflow

        invoices = add_demo_workflow(context.uow_factory, context.reader, now)
        add_demo_schedule(context.uow_factory, context.reader, now=now)
        from leaddesk.services.demo_website import add_demo_website

        add_demo_website(context.uow_factory, context.reader)
        elapsed = time.monotonic() - started
        print(f"demo data ready in {elapsed:.1f} s: {summary.leads} leads, "
              f"{summary.contacts} contacts, {summary.messages} messages, "
              f"{summary.deals} deals, {invoices} invoices, {summary.users} people, "
              f"{summary.channels} channels "
              f"({context.database_label})")
    finally:
        context.close()
    return 0


def _progress_printer(total: int):
    last = -1.0

    def report(done: int, _total: int) -> None:
        nonlocal last
        if not sys.stderr.isatty() and done < _total and done - last < total / 10:
            return
        last = done
        percent = 100 * done // max(1, _total)
        end = "\n" if done >= _total or not sys.stderr.isatty() else "\r"
        print(f"  {done:>9} of {_total} leads ({percent}%)", end=end, file=sys.stderr,
              flush=True)
        if done >= _total:
            print("  building the indexes and counting the leads for the reports…",
                  file=sys.stderr, flush=True)

    return report


def _leads(args) -> int:
    from leaddesk.services.company import time_zone
    from leaddesk.services.queries import list_leads

    if args.limit < 1:
        raise CommandError("--limit must be at least 1")
    context = _open(args)
    try:
        flt = InboxFilter(
            channel=ChannelKind(args.channel) if args.channel else None,
            status=LeadStatus(args.status) if args.status else None,
            search=args.search,
        )
        rows = list_leads(context.reader, flt, args.limit, time_zone(context.reader))
    finally:
        context.close()
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for row in rows:
            print(f"{row['id']:>8}  {row['received_at'][:16]}  {row['channel']:<8} "
                  f"{row['status']:<11} {row['contact'][:24]:<24} {row['subject'][:60]}")
    return 0


def _screenshot(args) -> int:
    from leaddesk.ui.screenshot import take_screenshot

    return take_screenshot(args.db, args.view, args.out, lead_id=args.lead,
                           size=(args.width, args.height), language=args.language,
                           user=args.user)

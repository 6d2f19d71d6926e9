"""``leaddesk import csv FILE``: leads from a call log or a visitor list, checked or imported."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from leaddesk.domain.csv_import import (
    CsvReadError,
    ImportField,
    RowError,
    guess_mapping,
    parse_rows,
    read_table,
)

FIELD_NAMES = tuple(field.value for field in ImportField)

MESSAGES = {
    "no_contact": "no phone, email or VK id to reach the customer",
    "bad_phone": 'the phone "{value}" is not a phone number',
    "bad_email": 'the email "{value}" is not an email address',
    "bad_date": 'the date "{value}" is not a date (write 25.11.2026 14:03 or 2026-11-25 14:03)',
    "future_date": 'the date "{value}" is in the future',
    "too_long": 'the cell in column "{value}" is longer than 10 000 characters',
    "wrong_cell_count": "the row has {value} cells, the header {width}",
}
TABLE_MESSAGES = {
    "not_text": "is not a text file in UTF-8 or Windows-1251; save it from Excel as CSV",
    "empty": "is empty: the first line must name the columns",
    "malformed": "cannot be read as CSV (a cell of more than 128 KiB?)",
}


def add_import_parser(subparsers) -> None:
    """Add ``import csv FILE ...`` to the ``leaddesk`` commands."""
    parser = subparsers.add_parser("import", help="import leads from a file")
    kinds = parser.add_subparsers(dest="import_command", metavar="FORMAT", required=True)
    csv_parser = kinds.add_parser(
        "csv", help="a CSV file: a call log, a list of exhibition visitors",
        description="Import leads from a CSV file (UTF-8 or Windows-1251; ';', ',' or tab). "
        "The first line names the columns; their meaning is guessed from the names.")
    csv_parser.add_argument("file", metavar="FILE", help="the CSV file")
    csv_parser.add_argument("--channel", metavar="NAME",
                            help='the channel the leads arrive on (default: "Импорт", '
                            "created if missing)")
    csv_parser.add_argument("--dry-run", action="store_true",
                            help="only tell what the import would do")
    csv_parser.add_argument("--map", metavar="COLUMN=FIELD", action="append", default=[],
                            help="what a column holds, COLUMN by name or number from 1; "
                            f"FIELD one of: {', '.join(FIELD_NAMES)} (repeatable)")
    csv_parser.add_argument("--json", action="store_true", help="print the summary as JSON")


def run_import_command(args: argparse.Namespace, context) -> int:
    """Run ``import csv`` on the open desk ``context`` and close it. Returns the exit code.

    Raises ``leaddesk.cli.CommandError`` for a problem with the file, the channel or --map.
    """
    try:
        return _import_csv(args, context)
    finally:
        context.close()


def _command_error(message: str) -> Exception:
    from leaddesk.cli import CommandError  # not at the top: cli.py imports this module

    return CommandError(message)


def _import_csv(args: argparse.Namespace, context) -> int:
    from leaddesk.services import csv_import
    from leaddesk.services.company import time_zone

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise _command_error(f"cannot read {path}: {error.strerror or error}") from error
    try:
        table = read_table(data)
    except CsvReadError as error:
        raise _command_error(f"{path} {TABLE_MESSAGES[error.problem.value]}") from error
    mapping = guess_mapping(table.header)
    mapping.update(_parse_map(args.map, table.header))
    channel = _channel(args, context)
    rows = list(parse_rows(table, mapping, time_zone(context.reader), datetime.now(UTC)))
    summary: dict[str, Any] = {
        "file": str(path), "encoding": table.encoding, "delimiter": table.delimiter,
        "channel": channel or csv_import.IMPORT_CHANNEL, "dry_run": args.dry_run,
        "mapping": {table.header[i] or str(i + 1): field.value
                    for i, field in sorted(mapping.items())},
    }
    if args.dry_run:
        plan = csv_import.plan_import(context.uow_factory, channel, rows,
                                      fingerprint=table.fingerprint)
        summary |= {"leads": plan.new_leads, "new_contacts": plan.new_contacts,
                    "known_contacts": plan.known_contacts,
                    "already_imported": plan.already_imported}
        errors = plan.errors
    else:
        if channel is None:
            channel = csv_import.ensure_import_channel(context.uow_factory)
        result = csv_import.run_import(context.uow_factory, channel, rows,
                                       fingerprint=table.fingerprint,
                                       progress=None if args.json else _progress)
        summary |= {"leads": result.created, "already_imported": result.already_imported,
                    "lead_ids": result.lead_ids}
        errors = result.errors
    summary["errors"] = [
        {"line": e.line, "problem": e.problem.value, "value": e.value,
         "message": row_error_message(e, len(table.header))} for e in errors]
    if args.json:
        _print_json(summary)
    else:
        _print(summary)
    return 0


def row_error_message(error: RowError, width: int) -> str:
    """``line 7: the phone "12" is not a phone number``."""
    text = MESSAGES[error.problem.value].format(value=error.value, width=width)
    return f"line {error.line}: {text}"


def _parse_map(items: list[str], header: tuple[str, ...]) -> dict[int, ImportField]:
    mapping = {}
    for item in items:
        column, sep, field = item.rpartition("=")
        if not sep or not column:
            raise _command_error(f'--map wants COLUMN=FIELD, not "{item}"')
        if field.strip() not in FIELD_NAMES:
            raise _command_error(f'--map: "{field}" is no field; fields: {", ".join(FIELD_NAMES)}')
        mapping[_column_index(column.strip(), header)] = ImportField(field.strip())
    return mapping


def _column_index(column: str, header: tuple[str, ...]) -> int:
    folded = [name.casefold() for name in header]
    if column.casefold() in folded:
        return folded.index(column.casefold())
    if column.isdigit() and 1 <= int(column) <= len(header):
        return int(column) - 1
    names = ", ".join(f'"{name}"' for name in header)
    raise _command_error(f'--map: the file has no column "{column}" (columns: {names})')


def _channel(args: argparse.Namespace, context) -> str | None:
    """The channel named by --channel, else the import channel; None if that is not made yet."""
    from leaddesk.services.csv_import import IMPORT_CHANNEL

    names = [channel.name for channel in context.reader.channels()]
    if args.channel is None:
        return IMPORT_CHANNEL if IMPORT_CHANNEL in names else None
    if args.channel not in names:
        known = ", ".join(f'"{name}"' for name in names) or "none yet"
        raise _command_error(f'there is no channel "{args.channel}" (channels: {known})')
    return args.channel


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        end = "\n" if done >= total else "\r"
        print(f"  {done} of {total} rows", end=end, file=sys.stderr, flush=True)


def _print(summary: dict[str, Any]) -> None:
    errors = summary["errors"]
    where = (f'{summary["file"]} ({summary["encoding"]}, '
             f'delimiter {summary["delimiter"]!r}) into "{summary["channel"]}"')
    if summary["dry_run"]:
        print(f"check of {where}: {summary['leads']} leads would be created, "
              f"{summary['new_contacts']} new contacts, {summary['known_contacts']} known "
              f"contacts, {len(errors)} rows with errors")
    else:
        print(f"import of {where}: {summary['leads']} leads created, "
              f"{len(errors)} rows with errors")
    print("  columns: " + ", ".join(f"{column} = {field}"
                                    for column, field in summary["mapping"].items()))
    if summary["already_imported"]:
        print(f"  {summary['already_imported']} rows were imported from this file before "
              "and are skipped")
    for error in errors:
        print(f"  {error['message']}")


def _print_json(summary: dict[str, Any]) -> None:
    json.dump(summary, sys.stdout, ensure_ascii=False, indent=1)
    print()

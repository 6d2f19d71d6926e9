"""Saving the data behind a report or a chart: asking where, and writing the CSV.

Tests replace ``ask_save_path`` (call it through the module, never import the name) so
that no file dialog opens.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QWidget

from leaddesk.ui import save_folder


def ask_save_path(parent: QWidget | None, title: str, suggested_name: str,
                  file_filter: str) -> Path | None:
    """The file the person chose (starting where they saved last), or None if cancelled."""
    start = save_folder.start_folder() / suggested_name
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), file_filter)
    if not chosen:
        return None
    path = Path(chosen)
    suffix = Path(suggested_name).suffix
    if suffix and path.suffix.lower() != suffix.lower():
        path = path.with_name(path.name + suffix)
    save_folder.remember(path)
    return path


def csv_style(locale: QLocale | None = None) -> tuple[str, str]:
    """(delimiter, decimal point) that a spreadsheet in this locale opens without asking:
    Excel in a comma-decimal locale (Russian) splits a CSV on semicolons."""
    point = (locale or QLocale()).decimalPoint()
    return (";", ",") if point == "," else (",", ".")


def write_rows_csv(path: Path, columns: Sequence[str], rows: Iterable[Mapping[str, Any]],
                   locale: QLocale | None = None) -> int:
    """Write ``rows`` (one dict per row, keys ``columns``) as UTF-8 with a BOM, so Excel
    reads the Cyrillic. Numbers stay numbers (shares 0..1, seconds, rubles); None is an
    empty cell. Returns how many rows were written."""
    delimiter, point = csv_style(locale)
    written = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=delimiter)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(key), point) for key in columns])
            written += 1
    return written


def _cell(value: Any, point: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        text = repr(round(value, 6))
        if text.endswith(".0"):
            text = text[:-2]
        return text.replace(".", point)
    return str(value)


def report_file_name(name: str, start, end, suffix: str) -> str:
    """``peak-hours_2026-11-01_2026-11-30.png``"""
    return f"{name}_{start.isoformat()}_{end.isoformat()}{suffix}"

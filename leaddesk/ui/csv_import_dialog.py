"""Importing leads from a CSV file: pick the file, check the columns, dry run, import."""

from __future__ import annotations

import traceback
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from leaddesk.domain.csv_import import (
    CsvReadError,
    CsvTable,
    ImportField,
    ImportRow,
    RowError,
    RowProblem,
    TableProblem,
    guess_mapping,
    parse_rows,
    read_table,
)
from leaddesk.services import company
from leaddesk.services.context import DeskContext
from leaddesk.services.csv_import import (
    IMPORT_CHANNEL,
    ensure_import_channel,
    plan_import,
    run_import,
)
from leaddesk.ui import labels, message_bridge

PREVIEW_ROWS = 20
PREVIEW_CELL_LENGTH = 120
ERROR_ROW_COLOR = "#fbe3e1"


class CsvImportDialog(QDialog):
    """Leads from a call log or a visitor list, after a dry run the user has seen."""

    def __init__(self, context: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.zone = company.time_zone(context.reader)
        self.table_data: CsvTable | None = None
        self.rows: list[ImportRow | RowError] = []
        self.setWindowTitle(self.tr("Import leads from a CSV file"))
        self.setObjectName("csvImportDialog")
        self.resize(900, 620)

        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("A call log or a list of visitors, in CSV"))
        choose = QPushButton(self.tr("Choose file…"), self)
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose)

        self.channel_box = QComboBox(self)
        self.channel_box.setObjectName("csvChannel")
        self._fill_channels()

        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Channel:"), self.channel_box)

        self.file_info = QLabel(self)
        self.file_info.setObjectName("csvFileInfo")
        self.file_info.setWordWrap(True)

        self.preview = QTableWidget(self)
        self.preview.setObjectName("csvPreview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setWordWrap(False)
        self.preview.horizontalHeader().setDefaultSectionSize(150)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.field_boxes: list[QComboBox] = []
        self._preview_lines: list[int] = []

        self.summary = QLabel(self)
        self.summary.setObjectName("csvSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_list = QListWidget(self)
        self.error_list.setObjectName("csvErrors")
        self.error_list.setMaximumHeight(120)
        self.error_list.hide()

        self.check_button = QPushButton(self.tr("Check"), self)
        self.check_button.setToolTip(self.tr("Tell what the import would do, changing nothing"))
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.clicked.connect(self.run)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.file_info)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error_list)
        layout.addLayout(buttons)
        self._update_buttons(checked=False)
        self.channel_box.currentIndexChanged.connect(self._forget_check)

    # the file
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a CSV file"), "",
            self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path) -> bool:
        """Read the file, guess its columns and show its first rows. False if unreadable."""
        path = Path(path)
        self.file_edit.setText(str(path))
        self.table_data = None
        self._clear_result()
        try:
            self.table_data = read_table(path.read_bytes())
        except OSError as error:
            self.file_info.setText(self.tr("Cannot read the file: %1").replace(
                "%1", error.strerror or str(error)))
        except CsvReadError as error:
            self.file_info.setText(self._table_problem(error.problem))
        self._show_preview()
        self._update_buttons(checked=False)
        return self.table_data is not None

    def _table_problem(self, problem: TableProblem) -> str:
        return {
            TableProblem.NOT_TEXT: self.tr("This is not a text file in UTF-8 or Windows-1251. "
                                           "Save it from Excel as “CSV”."),
            TableProblem.EMPTY: self.tr("The file is empty: its first line must name the "
                                        "columns."),
            TableProblem.MALFORMED: self.tr("The file cannot be read as CSV."),
        }[problem]

    def _show_preview(self) -> None:
        table = self.table_data
        self.preview.clear()
        self.field_boxes = []
        self._preview_lines = []
        if table is None:
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            return
        delimiter = {";": self.tr("semicolon"), ",": self.tr("comma"),
                     "\t": self.tr("tab")}[table.delimiter]
        self.file_info.setText(
            self.tr("%n row(s)", "", len(table.rows)) + " · "
            + self.tr("encoding %1, delimiter: %2").replace("%1", table.encoding)
            .replace("%2", delimiter)
            + " · " + self.tr("Set what each column holds, then press Check."))
        shown = table.rows[:PREVIEW_ROWS]
        self._preview_lines = [line for line, _cells in shown]
        self.preview.setColumnCount(len(table.header))
        self.preview.setRowCount(1 + len(shown))
        self.preview.setHorizontalHeaderLabels(list(table.header))
        self.preview.setVerticalHeaderLabels(
            [self.tr("Field")] + [str(line) for line, _cells in shown])
        mapping = guess_mapping(table.header)
        for column in range(len(table.header)):
            box = self._field_box(mapping[column])
            self.preview.setCellWidget(0, column, box)
            self.field_boxes.append(box)
        for row, (_line, cells) in enumerate(shown, start=1):
            for column in range(len(table.header)):
                cell = cells[column] if column < len(cells) else ""
                self.preview.setItem(row, column, _preview_item(cell))
        self.preview.resizeColumnsToContents()
        for column in range(len(table.header)):
            width = self.preview.columnWidth(column)
            self.preview.setColumnWidth(column, max(140, min(width, 320)))

    def _field_box(self, field: ImportField) -> QComboBox:
        box = QComboBox(self.preview)
        for choice, text in self._field_names().items():
            box.addItem(text, choice.value)
        box.setCurrentIndex(box.findData(field.value))
        box.currentIndexChanged.connect(self._forget_check)
        return box

    def _field_names(self) -> dict[ImportField, str]:
        return {
            ImportField.IGNORE: self.tr("— skip —"),
            ImportField.NAME: self.tr("Name"),
            ImportField.PHONE: self.tr("Phone"),
            ImportField.EMAIL: self.tr("Email"),
            ImportField.VK: self.tr("VK id"),
            ImportField.TEXT: self.tr("Text"),
            ImportField.SUBJECT: self.tr("Subject"),
            ImportField.RECEIVED_AT: self.tr("Date and time"),
            ImportField.SOURCE: self.tr("Source"),
        }

    def mapping(self) -> dict[int, ImportField]:
        """The field of every column as the user set it."""
        return {column: ImportField(box.currentData())
                for column, box in enumerate(self.field_boxes)}

    # the channel
    def _fill_channels(self, selected: str = IMPORT_CHANNEL) -> None:
        self.channel_box.blockSignals(True)
        self.channel_box.clear()
        channels = [c for c in self.context.reader.channels() if c.is_lead_source]
        if IMPORT_CHANNEL not in [c.name for c in channels]:
            self.channel_box.addItem(
                self.tr("%1 (a new channel)").replace("%1", IMPORT_CHANNEL), None)
        for channel in channels:
            self.channel_box.addItem(f"{channel.name} · {labels.channel(channel.kind)}",
                                     channel.name)
        self.channel_box.setCurrentIndex(max(0, self.channel_box.findData(selected)))
        self.channel_box.blockSignals(False)

    def select_channel(self, name: str) -> None:
        self.channel_box.setCurrentIndex(self.channel_box.findData(name))

    def channel_name(self) -> str | None:
        """The chosen channel; None for the import channel the import creates."""
        return self.channel_box.currentData()

    # check and import
    def _parse(self) -> list[ImportRow | RowError]:
        assert self.table_data is not None
        return list(parse_rows(self.table_data, self.mapping(), self.zone, datetime.now(UTC)))

    def check(self) -> None:
        """The dry run: what would be created, and which lines are wrong."""
        if self.table_data is None:
            return
        self.rows = self._parse()
        plan = plan_import(self.context.uow_factory, self.channel_name(), self.rows,
                           fingerprint=self.table_data.fingerprint)
        parts = [self.tr("%n lead(s) would be created", "", plan.new_leads),
                 self.tr("%n new contact(s)", "", plan.new_contacts),
                 self.tr("%n known contact(s)", "", plan.known_contacts),
                 self.tr("%n row(s) with errors", "", len(plan.errors))]
        if plan.already_imported:
            parts.append(self.tr("%n row(s) imported before, to be skipped", "",
                                 plan.already_imported))
        self._show_result(", ".join(parts) + ".", plan.errors)
        self._update_buttons(checked=plan.new_leads > 0)

    def run(self) -> None:
        """Import the checked rows, showing the progress."""
        if self.table_data is None:
            return
        self.rows = self._parse()
        progress = QProgressDialog(self.tr("Importing leads…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)

        def report(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()

        try:
            channel = self.channel_name() or ensure_import_channel(self.context.uow_factory)
            result = run_import(self.context.uow_factory, channel, self.rows,
                                fingerprint=self.table_data.fingerprint, progress=report)
        except Exception as error:
            message_bridge.error(self.tr("Import"), error, traceback.format_exc())
            self.summary.setText(self.tr("The import stopped: %1").replace("%1", str(error)))
            return
        finally:
            progress.close()
        parts = [self.tr("%n lead(s) imported", "", result.created)]
        if result.already_imported:
            parts.append(self.tr("%n row(s) imported before were skipped", "",
                                 result.already_imported))
        parts.append(self.tr("%n row(s) with errors", "", len(result.errors)))
        self._show_result(", ".join(parts) + ".", result.errors)
        self._fill_channels(selected=channel)  # the import channel exists now
        self._update_buttons(checked=False)

    def _show_result(self, text: str, errors: list[RowError]) -> None:
        self.summary.setText(text[:1].upper() + text[1:])  # the parts are joined lower case
        self.error_list.clear()
        width = len(self.table_data.header) if self.table_data else 0
        problems = {error.line: self.row_problem(error, width) for error in errors}
        for line, problem in problems.items():
            self.error_list.addItem(self.tr("Line %1: %2").replace("%1", str(line))
                                    .replace("%2", problem))
        self.error_list.setVisible(bool(errors))
        self._mark_rows(problems)

    def _mark_rows(self, problems: dict[int, str]) -> None:
        """Tint the shown rows that cannot be imported; their tooltip says why."""
        for row, line in enumerate(self._preview_lines, start=1):
            problem = problems.get(line)
            for column in range(self.preview.columnCount()):
                item = self.preview.item(row, column)
                item.setBackground(QBrush(QColor(ERROR_ROW_COLOR)) if problem else QBrush())
                item.setToolTip(problem or item.data(Qt.ItemDataRole.UserRole) or "")

    def row_problem(self, error: RowError, width: int) -> str:
        """What is wrong with a row, in words."""
        text = {
            RowProblem.NO_CONTACT: self.tr("no phone, email or VK id to reach the customer"),
            RowProblem.BAD_PHONE: self.tr("“%1” is not a phone number"),
            RowProblem.BAD_EMAIL: self.tr("“%1” is not an email address"),
            RowProblem.BAD_DATE: self.tr("“%1” is not a date (write 25.11.2026 14:03)"),
            RowProblem.FUTURE_DATE: self.tr("the date “%1” is in the future"),
            RowProblem.TOO_LONG: self.tr("the cell in column “%1” is longer than 10 000 "
                                         "characters"),
            RowProblem.WRONG_CELL_COUNT: self.tr("%1 cells where the header has %2"),
        }[error.problem]
        return text.replace("%1", _shortened(error.value, 60)).replace("%2", str(width))

    def _clear_result(self) -> None:
        self.summary.clear()
        self.error_list.clear()
        self.error_list.hide()
        self._mark_rows({})

    def _forget_check(self) -> None:
        """A changed column or channel needs a new check before the import."""
        if self.summary.text():
            self._clear_result()
        self._update_buttons(checked=False)

    def _update_buttons(self, *, checked: bool) -> None:
        self.check_button.setEnabled(self.table_data is not None)
        self.import_button.setEnabled(checked)
        self.import_button.setDefault(checked)
        self.check_button.setDefault(not checked)


def _preview_item(cell: str) -> QTableWidgetItem:
    item = QTableWidgetItem(_shortened(" ".join(cell.split()), PREVIEW_CELL_LENGTH))
    if "\n" in cell or len(cell) > PREVIEW_CELL_LENGTH:
        item.setData(Qt.ItemDataRole.UserRole, cell[:2000])  # the tooltip when the row is fine
        item.setToolTip(cell[:2000])
    return item


def _shortened(text: str, length: int) -> str:
    return text if len(text) <= length else text[:length - 1] + "…"

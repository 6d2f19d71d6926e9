"""The mail an account set aside (auto-replies, bounces...): listed with the reason in
words, each one's original savable as an .eml file. Nothing received is lost."""

from __future__ import annotations

import re
from pathlib import Path
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.mail import SetAsideReason
from leaddesk.services import company
from leaddesk.services.context import DeskContext
from leaddesk.services.ports import SetAsideInfo
from leaddesk.ui import save_folder
from leaddesk.ui.dialogs.rules_base import StatusLine
from leaddesk.ui.ops import QueryOp

LIMIT = 500  # the newest; older ones stay in the database
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def eml_file_name(subject: str, item_id: int) -> str:
    """A file name from the subject, safe on every file system."""
    name = " ".join(_UNSAFE.sub("_", subject).split()).strip(". ")[:80]
    return f"{name or f'mail-{item_id}'}.eml"


class SetAsideSection(QWidget):
    """The set-aside mail of one account; ``show_channel()`` loads it off the GUI thread.

    Signals:
        loaded(): the list shows the mail of the account asked for.
        saved(str): an original was written to this file.
    """

    loaded = Signal()
    saved = Signal(str)

    COLUMNS = 4

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.channel_id: int | None = None
        self.zone: ZoneInfo | None = None
        self.items: list[SetAsideInfo] = []
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        explain = QLabel(self.tr("Mail kept without becoming a lead. Nothing received is "
                                 "lost: the original can be saved and opened in a mail "
                                 "program."), self)
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #666666;")
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("setAsideTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Received"), self.tr("From"), self.tr("Subject"), self.tr("Reason")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.doubleClicked.connect(lambda _index: self.save_original())
        self.save_button = QPushButton(self.tr("Save original (.eml)…"), self)
        self.save_button.setObjectName("saveEml")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_original)
        self.status = StatusLine(self)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.show_channel(None, "")

    def reason_words(self, reason: str) -> str:
        return {
            SetAsideReason.AUTO_REPLY: self.tr("Auto-reply"),
            SetAsideReason.BOUNCE: self.tr("Bounce (delivery failure)"),
            SetAsideReason.OWN_ADDRESS: self.tr("From the team's own address"),
            SetAsideReason.NOT_A_LEAD_SOURCE: self.tr("The mailbox is not a lead source"),
        }.get(reason, reason)

    def show_channel(self, channel_id: int | None, name: str) -> None:
        """Show the set-aside mail of ``channel_id`` (None: no account chosen)."""
        self.channel_id = channel_id
        self.status.clear()
        self.title.setText(self.tr("Set aside mail: %1").replace("%1", name) if name
                           else self.tr("Set aside mail"))
        if channel_id is None:
            self._fill([])
            self.loaded.emit()
            return
        reader = self.context.reader
        QueryOp(lambda: (company.time_zone(reader), reader.set_aside_mail(channel_id, LIMIT)),
                what=self.tr("Reading the set-aside mail")) \
            .success(lambda answer: self._answered(channel_id, *answer)).run()

    def _answered(self, channel_id: int, zone: ZoneInfo, items: list[SetAsideInfo]) -> None:
        if not shiboken6.isValid(self) or channel_id != self.channel_id:
            return  # closed, or another account chosen since
        self.zone = zone
        self._fill(items)
        self.loaded.emit()

    def _fill(self, items: list[SetAsideInfo]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            when = item.received_at.astimezone(self.zone) if self.zone else item.received_at
            cells = [when.strftime("%d.%m.%Y %H:%M"), item.from_address, item.subject or "—",
                     self.reason_words(item.reason)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self.table.setItem(row, column, cell)
        if items:
            self.table.selectRow(0)
        self._enable()

    def _enable(self) -> None:
        self.save_button.setEnabled(self.selected() is not None)

    def selected(self) -> SetAsideInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def save_original(self) -> None:
        """Ask where, then write the mail's bytes exactly as they were received."""
        item = self.selected()
        if item is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the original mail"),
            str(save_folder.start_folder() / eml_file_name(item.subject, item.id)),
            self.tr("Email messages (*.eml);;All files (*)"))
        if not chosen:
            return
        target = Path(chosen)
        if not target.suffix:
            target = target.with_name(target.name + ".eml")
        reader = self.context.reader

        def write() -> str:
            raw = reader.set_aside_raw(item.id)
            if raw is None:
                return "gone"
            try:
                target.write_bytes(raw)
            except OSError as error:
                return f"error:{error.strerror or error}"
            return ""

        QueryOp(write, what=self.tr("Saving the original mail")) \
            .success(lambda outcome: self._written(target, outcome)).run()

    def _written(self, target: Path, outcome: str) -> None:
        if not shiboken6.isValid(self):
            return
        if outcome == "gone":
            self.status.show_problem(self.tr("This mail no longer exists."))
        elif outcome.startswith("error:"):
            self.status.show_problem(self.tr("The file cannot be saved: %1").replace(
                "%1", outcome.removeprefix("error:")))
        else:
            save_folder.remember(target)
            self.status.show_ok(self.tr("Saved to %1").replace("%1", str(target)))
            self.saved.emit(str(target))

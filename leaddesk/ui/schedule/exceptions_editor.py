"""The list of dated exceptions (vacations, extra duty, holidays) with add, edit, remove."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.duty import DutyException
from leaddesk.domain.timefmt import company_zone
from leaddesk.services.ports import ChannelInfo, UserInfo
from leaddesk.ui.schedule.draft import ScheduleDraft
from leaddesk.ui.schedule.exception_dialog import ExceptionDialog
from leaddesk.ui.schedule.words import exception_kind


class ExceptionsEditor(QWidget):
    """The draft's exceptions, one per row, earliest first.

    Signals:
        edited(): an exception was added, changed or removed.
    """

    edited = Signal()

    def __init__(self, draft: ScheduleDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.people: list[UserInfo] = []
        self.channels: list[ChannelInfo] = []
        self.read_only = True
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("scheduleExceptions")
        self.table.setHorizontalHeaderLabels([
            self.tr("Kind, note"), self.tr("Who, channel"), self.tr("When")])
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = self._button(self.tr("Add…"), "scheduleExceptionAdd", self.add)
        self.edit_button = self._button(self.tr("Edit…"), "scheduleExceptionEdit",
                                        self.edit_current)
        self.remove_button = self._button(self.tr("Remove"), "scheduleExceptionRemove",
                                          self.remove_current)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def set_reference(self, people: list[UserInfo], channels: list[ChannelInfo]) -> None:
        self.people, self.channels = people, channels
        self.reload()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._update_buttons()

    def zone(self) -> ZoneInfo:
        return company_zone(self.draft.zone_name)

    def reload(self) -> None:
        """Show the draft's exceptions again (after a load, a discard or a new zone)."""
        names = {p.id: p.name for p in self.people}
        channels = {c.id: c.name for c in self.channels}
        zone = self.zone()
        self.table.setRowCount(len(self.draft.exceptions))
        for row, exception in enumerate(self.draft.exceptions):
            start = exception.starts_at.astimezone(zone).strftime("%d.%m.%Y %H:%M")
            end = exception.ends_at.astimezone(zone).strftime("%d.%m.%Y %H:%M")
            who = (self.tr("Everybody") if exception.user_id is None
                   else names.get(exception.user_id, str(exception.user_id)))
            where = (self.tr("All channels") if exception.channel_id is None
                     else channels.get(exception.channel_id, str(exception.channel_id)))
            values = [
                "\n".join(filter(None, [exception_kind(exception.kind), exception.note])),
                f"{who}\n{where}",
                self.tr("from %1\nto %2").replace("%1", start).replace("%2", end),
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeRowsToContents()
        self._update_buttons()

    def current(self) -> DutyException | None:
        row = self.table.currentRow()
        if self.table.selectedItems() and 0 <= row < len(self.draft.exceptions):
            return self.draft.exceptions[row]
        return None

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        self.add_button.setEnabled(not self.read_only)
        self.edit_button.setEnabled(not self.read_only and chosen)
        self.remove_button.setEnabled(not self.read_only and chosen)

    def make_dialog(self, exception: DutyException | None) -> ExceptionDialog:
        """The dialog that adds or edits (tests fill it in without showing it)."""
        return ExceptionDialog([p for p in self.people if p.active], self.channels,
                               self.zone(), exception, self)

    def add(self) -> None:
        dialog = self.make_dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.draft.add_exception(dialog.exception())
            self.reload()
            self.edited.emit()

    def edit_current(self) -> None:
        old = self.current()
        if old is None or self.read_only:
            return
        dialog = self.make_dialog(old)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.exception() != old:
            self.draft.replace_exception(old, dialog.exception())
            self.reload()
            self.edited.emit()

    def remove_current(self) -> None:
        old = self.current()
        if old is None or self.read_only:
            return
        self.draft.remove_exception(old)
        self.reload()
        self.edited.emit()

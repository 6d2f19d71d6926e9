"""One dated exception: its kind, whom and which channel it concerns, when, and a note."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.duty import DutyException, ExceptionKind
from leaddesk.services.ports import ChannelInfo, UserInfo
from leaddesk.ui.schedule.words import exception_kind, exception_kind_hint

TIME_FORMAT = "dd.MM.yyyy HH:mm"


def to_local_qt(moment: datetime, zone: ZoneInfo) -> QDateTime:
    local = moment.astimezone(zone).replace(tzinfo=None)
    return QDateTime(local.date(), local.time())


def from_local_qt(value: QDateTime, zone: ZoneInfo) -> datetime:
    """A date and time typed in company time as an aware UTC moment."""
    local = value.toPython()
    return local.replace(tzinfo=zone, second=0, microsecond=0).astimezone(UTC)


class ExceptionDialog(QDialog):
    """Add or edit one exception; times are in the company time zone."""

    def __init__(self, people: list[UserInfo], channels: list[ChannelInfo], zone: ZoneInfo,
                 exception: DutyException | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.setWindowTitle(self.tr("Schedule exception"))
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("exceptionKind")
        for kind in ExceptionKind:
            self.kind_box.addItem(exception_kind(kind), kind.value)
        self.kind_hint = QLabel(self)
        self.kind_hint.setWordWrap(True)
        self.kind_hint.setStyleSheet("color: #666666;")
        self.person_box = QComboBox(self)
        self.person_box.setObjectName("exceptionPerson")
        self.person_box.addItem(self.tr("Everybody"), None)
        for person in people:
            self.person_box.addItem(person.name, person.id)
        self.channel_box = QComboBox(self)
        self.channel_box.setObjectName("exceptionChannel")
        self.channel_box.addItem(self.tr("All channels"), None)
        for channel in channels:
            self.channel_box.addItem(channel.name, channel.id)
        self.start_edit = self._time_edit("exceptionStart")
        self.end_edit = self._time_edit("exceptionEnd")
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("exceptionNote")
        self.note_edit.setPlaceholderText(self.tr("e.g. vacation"))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Kind:"), self.kind_box)
        form.addRow("", self.kind_hint)
        form.addRow(self.tr("Who:"), self.person_box)
        form.addRow(self.tr("Channel:"), self.channel_box)
        form.addRow(self.tr("From:"), self.start_edit)
        form.addRow(self.tr("To:"), self.end_edit)
        form.addRow(self.tr("Note:"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Times are in the company time zone (%1).")
                                .replace("%1", zone.key), self))
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        start = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
        if exception is None:
            exception = DutyException(ExceptionKind.ABSENCE, start, start + timedelta(days=1))
        self.kind_box.setCurrentIndex(self.kind_box.findData(exception.kind.value))
        self.person_box.setCurrentIndex(max(0, self.person_box.findData(exception.user_id)))
        self.channel_box.setCurrentIndex(max(0, self.channel_box.findData(exception.channel_id)))
        self.start_edit.setDateTime(to_local_qt(exception.starts_at, zone))
        self.end_edit.setDateTime(to_local_qt(exception.ends_at, zone))
        self.note_edit.setText(exception.note)
        for signal in (self.kind_box.currentIndexChanged, self.start_edit.dateTimeChanged,
                       self.end_edit.dateTimeChanged):
            signal.connect(self._check)
        self._check()

    def _time_edit(self, name: str) -> QDateTimeEdit:
        edit = QDateTimeEdit(self)
        edit.setObjectName(name)
        edit.setDisplayFormat(TIME_FORMAT)
        edit.setCalendarPopup(True)
        return edit

    def _check(self) -> None:
        self.kind_hint.setText(exception_kind_hint(ExceptionKind(self.kind_box.currentData())))
        wrong = self.end_edit.dateTime() <= self.start_edit.dateTime()
        self.problem.setText(self.tr("The end must come after the start.") if wrong else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not wrong)

    def exception(self) -> DutyException:
        """The exception as typed."""
        return DutyException(
            ExceptionKind(self.kind_box.currentData()),
            from_local_qt(self.start_edit.dateTime(), self.zone),
            from_local_qt(self.end_edit.dateTime(), self.zone),
            self.person_box.currentData(), self.channel_box.currentData(),
            self.note_edit.text().strip())

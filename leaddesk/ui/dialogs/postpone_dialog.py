"""Putting a lead aside until a moment: quick choices or an exact date and time."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QLocale, QTimeZone
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from leaddesk.domain.timefmt import company_zone
from leaddesk.ui import formatting
from leaddesk.ui.dialogs.common import button_box, hint_label, roomy

DATE_TIME_FORMAT = "dd.MM.yyyy HH:mm"
MORNING = time(10, 0)
EVENING = time(18, 0)


def _at(day, moment: time, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, moment, tzinfo=zone)


def quick_choices(now: datetime, zone: ZoneInfo) -> list[tuple[str, datetime]]:
    """``(code, moment)`` for: in 1 hour, this evening (if still ahead), tomorrow 10:00,
    next Monday 10:00, in a week; moments to the minute, in ``zone``, none twice."""
    local = now.astimezone(zone)
    today = local.date()
    choices = [("hour", (now.astimezone(UTC) + timedelta(hours=1))
                .replace(second=0, microsecond=0).astimezone(zone))]
    evening = _at(today, EVENING, zone)
    if evening > local:
        choices.append(("evening", evening))
    choices.append(("tomorrow", _at(today + timedelta(days=1), MORNING, zone)))
    days_to_monday = (7 - today.weekday()) % 7 or 7
    choices.append(("monday", _at(today + timedelta(days=days_to_monday), MORNING, zone)))
    week = (local + timedelta(days=7)).replace(second=0, microsecond=0)
    choices.append(("week", datetime.combine(week.date(), week.time(), tzinfo=zone)))
    unique: dict[datetime, str] = {}
    for code, moment in choices:
        unique.setdefault(moment, code)
    return [(code, moment) for moment, code in unique.items()]


def _qt_zone(zone: ZoneInfo) -> QTimeZone:
    qt_zone = QTimeZone(zone.key.encode())
    return qt_zone if qt_zone.isValid() else QTimeZone(QTimeZone.Initialization.UTC)


class PostponeDialog(QDialog):
    """Until when the lead waits; then it returns to the inbox with a reminder."""

    def __init__(self, now: datetime, zone: ZoneInfo | None, parent=None) -> None:
        super().__init__(parent)
        self._now = now
        self._zone = zone or company_zone(None)
        self._qt_zone = _qt_zone(self._zone)
        self._setting = False
        self.setWindowTitle(self.tr("Postpone the lead"))
        self.setObjectName("postponeDialog")

        intro = QLabel(self.tr("Until when? The lead then comes back to the inbox with a "
                               "reminder."), self)
        intro.setWordWrap(True)
        self.choices = QListWidget(self)
        self.choices.setObjectName("postponeChoices")
        roomy(self.choices)
        choices = quick_choices(now, self._zone)
        self._codes = [code for code, _moment in choices]
        self._moments = [moment for _code, moment in choices]
        for code, moment in choices:
            QListWidgetItem(f"{self._choice_name(code)}  ·  {self._when(moment)}", self.choices)
        rows = self.choices.count()
        self.choices.ensurePolished()
        self.choices.setFixedHeight(self.choices.sizeHintForRow(0) * rows
                                    + 2 * self.choices.frameWidth() + 4)
        self.choices.currentRowChanged.connect(self._on_choice)
        self.choices.itemDoubleClicked.connect(self.accept)

        self.edit = QDateTimeEdit(self)
        self.edit.setObjectName("postponeUntil")
        self.edit.setTimeZone(self._qt_zone)
        self.edit.setDisplayFormat(DATE_TIME_FORMAT)
        self.edit.setCalendarPopup(True)
        self.edit.dateTimeChanged.connect(self._on_edit)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("postponeNote")
        self.note_edit.setPlaceholderText(self.tr("What to do then, optional"))
        self.note_edit.setMaxLength(1000)
        self.when_label = QLabel(self)
        self.when_label.setObjectName("postponeWhen")
        self.when_label.setStyleSheet("color: #555;")
        form = QFormLayout()
        form.addRow(self.tr("&Until:"), self.edit)
        form.addRow("", self.when_label)
        form.addRow(self.tr("&Note:"), self.note_edit)

        self.hint = hint_label(self)
        self.buttons, self.ok_button = button_box(self, self.tr("Postpone"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.choices)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.choices, self.edit)
        self.setTabOrder(self.edit, self.note_edit)
        self.setTabOrder(self.note_edit, self.buttons)

        self.resize(440, self.sizeHint().height())
        self.choose("tomorrow")
        self.choices.setFocus()

    # values
    def until(self) -> datetime:
        """The chosen moment, aware, in UTC."""
        return datetime.fromtimestamp(self.edit.dateTime().toSecsSinceEpoch(), UTC)

    def note(self) -> str:
        return self.note_edit.text().strip()

    def choose(self, code: str) -> bool:
        """Pick a quick choice by code (``hour``, ``evening``, ``tomorrow``, ``monday``,
        ``week``); False when it is not offered (this evening has passed)."""
        if code not in self._codes:
            return False
        self.choices.setCurrentRow(self._codes.index(code))
        return True

    def set_until(self, moment: datetime) -> None:
        """Type a moment into the date and time field."""
        self.edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp()),
                                                           self._qt_zone))

    # words
    def _choice_name(self, code: str) -> str:
        return {
            "hour": self.tr("In 1 hour"),
            "evening": self.tr("This evening"),
            "tomorrow": self.tr("Tomorrow morning"),
            "monday": self.tr("Next Monday"),
            "week": self.tr("In a week"),
        }[code]

    def _when(self, moment: datetime) -> str:
        local = moment.astimezone(self._zone)
        if local.date() == self._now.astimezone(self._zone).date():
            return local.strftime("%H:%M")
        day = QLocale().dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
        return f"{day} {local:%d.%m %H:%M}"

    # state
    def _on_choice(self, row: int) -> None:
        if not 0 <= row < len(self._moments):
            return
        self._setting = True
        try:
            self.set_until(self._moments[row])
        finally:
            self._setting = False
        self._update()

    def _on_edit(self) -> None:
        if not self._setting:
            row = self.choices.currentRow()
            if 0 <= row < len(self._moments) and self._moments[row] != self.until():
                self.choices.blockSignals(True)
                self.choices.setCurrentRow(-1)
                self.choices.blockSignals(False)
        self._update()

    def _valid(self) -> bool:
        return self.until() > self._now

    def _update(self) -> None:
        valid = self._valid()
        self.ok_button.setEnabled(valid)
        if valid:
            seconds = int((self.until() - self._now).total_seconds())
            self.hint.clear()
            self.when_label.setText(self.tr("in %1").replace("%1", formatting.duration(seconds)))
        else:
            self.hint.setText(self.tr("Choose a moment in the future."))
            self.when_label.clear()

    def accept(self) -> None:
        if self._valid():
            super().accept()

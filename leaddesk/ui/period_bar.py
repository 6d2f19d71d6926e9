"""The bar on top of the charts and the reports: the period (dates and presets) and the
channels to count."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from leaddesk.services import company
from leaddesk.services.context import DeskContext
from leaddesk.services.ports import ChannelInfo
from leaddesk.ui import report_labels
from leaddesk.ui.ops import QueryOp

PRESETS = ("today", "7d", "30d", "90d", "this_month", "last_month")


@dataclass(frozen=True)
class Period:
    """What to count: company-local dates (both inclusive) and channel kinds (empty = all)."""

    start: date
    end: date
    channels: tuple[str, ...] = ()


def preset_period(preset: str, today: date) -> tuple[date, date]:
    """The dates of a preset: ``7d`` is the last 7 days including today."""
    days = {"today": 1, "7d": 7, "30d": 30, "90d": 90}
    if preset in days:
        return today - timedelta(days=days[preset] - 1), today
    first = today.replace(day=1)
    if preset == "this_month":
        return first, today
    if preset == "last_month":
        last = first - timedelta(days=1)
        return last.replace(day=1), last
    raise ValueError(f"unknown preset: {preset}")


class PeriodBar(QWidget):
    """From/to dates with calendar pop-ups, preset buttons and a check box per channel.

    Edits are gathered for a moment (typing a date changes it several times) and then
    announced once.

    Signals:
        changed(Period): the period or the channels changed.
    """

    changed = Signal(object)
    DELAY_MS = 250

    def __init__(self, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._today = today
        self._boxes: dict[str, QCheckBox] = {}
        self._quiet = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self._announce)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("From")))
        self.from_edit = self._date_edit()
        layout.addWidget(self.from_edit)
        layout.addWidget(QLabel(self.tr("to")))
        self.to_edit = self._date_edit()
        layout.addWidget(self.to_edit)
        self.preset_buttons: dict[str, QPushButton] = {}
        for preset, text in self._preset_texts().items():
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, p=preset: self.apply_preset(p))
            layout.addWidget(button)
            self.preset_buttons[preset] = button
        layout.addSpacing(16)
        self._channels_layout = QHBoxLayout()
        layout.addLayout(self._channels_layout)
        layout.addStretch(1)

        start, end = preset_period("30d", today())
        self._set_dates(start, end)
        self.from_edit.dateChanged.connect(self._from_changed)
        self.to_edit.dateChanged.connect(self._to_changed)

    def _preset_texts(self) -> dict[str, str]:
        return {
            "today": self.tr("Today"),
            "7d": self.tr("7 days"),
            "30d": self.tr("30 days"),
            "90d": self.tr("90 days"),
            "this_month": self.tr("This month"),
            "last_month": self.tr("Last month"),
        }

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        return edit

    # -- what the bar holds --

    def period(self) -> Period:
        return Period(self.from_edit.date().toPython(), self.to_edit.date().toPython(),
                      self.chosen_channels())

    def chosen_channels(self) -> tuple[str, ...]:
        """The checked channel kinds; empty when all are checked (= every channel)."""
        chosen = tuple(kind for kind, box in self._boxes.items() if box.isChecked())
        return () if len(chosen) == len(self._boxes) else chosen

    def set_channels(self, kinds: Iterable[str]) -> None:
        """One check box per channel kind, checked (a kind shown before keeps its tick);
        announces nothing."""
        unchecked = {kind for kind, box in self._boxes.items() if not box.isChecked()}
        for box in self._boxes.values():
            self._channels_layout.removeWidget(box)
            box.deleteLater()
        self._boxes.clear()
        kinds = list(dict.fromkeys(kinds))
        if set(kinds) <= unchecked:
            unchecked = set()  # counting no channel at all means nothing
        for kind in kinds:
            box = QCheckBox(report_labels.channel_name(kind), self)
            box.setChecked(kind not in unchecked)
            box.toggled.connect(lambda on, k=kind: self._channel_toggled(k, on))
            self._channels_layout.addWidget(box)
            self._boxes[kind] = box

    def load(self, context: DeskContext, ready: Callable[[list[ChannelInfo]], None]) -> None:
        """Read the lead-source channels and the company's day off the GUI thread, show
        them, then call ``ready`` with the channels."""
        reader = context.reader

        def shown(result) -> None:
            channels, zone = result
            sources = [c for c in channels if c.is_lead_source] or list(channels)
            self.set_today(lambda: datetime.now(zone).date())
            self.set_channels(c.kind.value for c in sources)
            ready(sources)

        QueryOp(lambda: (reader.channels(), company.time_zone(reader)),
                what=self.tr("Reading the channels")).success(shown).run()

    def set_channel_checked(self, kind: str, on: bool) -> None:
        self._boxes[kind].setChecked(on)

    def set_today(self, today: Callable[[], date]) -> None:
        """Where "today" is (the company's time zone); when that moves the day, the dates
        move to the same preset."""
        if today() == self._today():
            self._today = today
            return
        self._today = today
        self._quiet = True
        self._set_dates(*preset_period("30d", today()))
        self._quiet = False

    def apply_preset(self, preset: str) -> None:
        self._set_dates(*preset_period(preset, self._today()))
        self._timer.stop()
        self._announce()

    # -- reacting --

    def _set_dates(self, start: date, end: date) -> None:
        quiet, self._quiet = self._quiet, True
        self.from_edit.setDate(QDate(start))
        self.to_edit.setDate(QDate(end))
        self._quiet = quiet

    def _from_changed(self, value: QDate) -> None:
        if value > self.to_edit.date():
            self._set_dates(value.toPython(), value.toPython())
        self._schedule()

    def _to_changed(self, value: QDate) -> None:
        if value < self.from_edit.date():
            self._set_dates(value.toPython(), value.toPython())
        self._schedule()

    def _channel_toggled(self, kind: str, on: bool) -> None:
        if not on and not any(box.isChecked() for box in self._boxes.values()):
            self._boxes[kind].setChecked(True)  # counting no channel at all means nothing
            return
        self._schedule()

    def _schedule(self) -> None:
        if not self._quiet:
            self._timer.start()

    def _announce(self) -> None:
        self.changed.emit(self.period())

"""The pickers over the schedule: channel, person (in their colour) and time zone."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from leaddesk.domain.timefmt import company_zone
from leaddesk.services.ports import ChannelInfo, UserInfo
from leaddesk.ui.dialogs.rules_company import COMMON_ZONES


def color_icon(color: QColor) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(color)
    return QIcon(pixmap)


def _pick(box: QComboBox, value) -> None:
    index = box.findData(value)
    if index >= 0:
        box.setCurrentIndex(index)


class ScheduleToolbar(QWidget):
    """Signals:
        channel_picked(int): the channel shown (its id).
        person_picked(int): the person whose shifts are painted (their id).
        zone_picked(str): a valid IANA time zone name was chosen.
        zone_refused(str): a name that is no time zone was typed (the box went back).
    """

    channel_picked = Signal(int)
    person_picked = Signal(int)
    zone_picked = Signal(str)
    zone_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel_box = QComboBox(self)
        self.channel_box.setObjectName("scheduleChannel")
        self.channel_box.setMinimumContentsLength(18)
        self.person_box = QComboBox(self)
        self.person_box.setObjectName("schedulePerson")
        self.person_box.setMinimumContentsLength(18)
        self.zone_box = QComboBox(self)
        self.zone_box.setObjectName("scheduleTimeZone")
        self.zone_box.setEditable(True)
        self.zone_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone_box.setMinimumContentsLength(18)
        self.zone_box.addItems(COMMON_ZONES)
        self.zone_box.insertSeparator(self.zone_box.count())
        self.zone_box.addItems(sorted(available_timezones() - set(COMMON_ZONES)))
        self._zone = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for caption, box in ((self.tr("Channel:"), self.channel_box),
                             (self.tr("Person:"), self.person_box),
                             (self.tr("Time zone:"), self.zone_box)):
            label = QLabel(caption, self)
            label.setBuddy(box)
            layout.addWidget(label)
            layout.addWidget(box)
            layout.addSpacing(12)
        layout.addStretch(1)
        self.channel_box.currentIndexChanged.connect(self._channel_changed)
        self.person_box.currentIndexChanged.connect(self._person_changed)
        self.zone_box.activated.connect(lambda _i: self._zone_typed())
        self.zone_box.lineEdit().editingFinished.connect(self._zone_typed)

    def set_channels(self, channels: list[ChannelInfo]) -> None:
        current = self.channel_id()
        blocked = self.channel_box.blockSignals(True)
        self.channel_box.clear()
        for channel in channels:
            self.channel_box.addItem(channel.name, channel.id)
        self.channel_box.blockSignals(blocked)
        _pick(self.channel_box, current)

    def set_people(self, people: list[UserInfo], colors: dict[int, QColor]) -> None:
        current = self.person_id()
        blocked = self.person_box.blockSignals(True)
        self.person_box.clear()
        for person in people:
            self.person_box.addItem(color_icon(colors[person.id]), person.name, person.id)
        self.person_box.blockSignals(blocked)
        _pick(self.person_box, current)

    def set_zone(self, name: str) -> None:
        self._zone = name
        self.zone_box.setCurrentText(name)

    def channel_id(self) -> int | None:
        return self.channel_box.currentData()

    def person_id(self) -> int | None:
        return self.person_box.currentData()

    def select_channel(self, channel_id: int) -> None:
        _pick(self.channel_box, channel_id)

    def select_person(self, user_id: int) -> None:
        _pick(self.person_box, user_id)

    def set_zone_editable(self, editable: bool) -> None:
        self.zone_box.setEnabled(editable)

    def _channel_changed(self) -> None:
        if self.channel_id() is not None:
            self.channel_picked.emit(self.channel_id())

    def _person_changed(self) -> None:
        if self.person_id() is not None:
            self.person_picked.emit(self.person_id())

    def _zone_typed(self) -> None:
        name = self.zone_box.currentText().strip()
        if name == self._zone:
            return
        if company_zone(name).key != name:
            self.zone_refused.emit(name)
            self.zone_box.setCurrentText(self._zone)
            return
        self._zone = name
        self.zone_picked.emit(name)


__all__ = ["ScheduleToolbar", "color_icon"]

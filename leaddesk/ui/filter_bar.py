"""The quick filters above the inbox: channel, status, whose leads, and search."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.codes import ChannelKind, LeadStatus
from leaddesk.domain.inbox import (
    ASSIGNEE_ANY,
    ASSIGNEE_MINE,
    ASSIGNEE_POOL,
    ASSIGNEE_UNASSIGNED,
    InboxFilter,
)
from leaddesk.ui import labels

SEARCH_DELAY_MS = 250


class FilterBar(QWidget):
    """Signals:
        filterChanged(object): the new InboxFilter.
        leaveSearch(): the user pressed Escape or Enter in the search box.
    """

    filterChanged = Signal(object)
    leaveSearch = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._me: int | None = None
        self._my_role: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.setSpacing(4)
        layout = QHBoxLayout()

        self.channel = QComboBox(self)
        self.channel.setObjectName("channelFilter")
        self.channel.addItem(self.tr("All channels"), None)
        for kind in ChannelKind:
            self.channel.addItem(labels.channel(kind), kind)
        self.status = QComboBox(self)
        self.status.setObjectName("statusFilter")

        self.status.addItem(self.tr("All statuses"), None)
        for status in LeadStatus:
            self.status.addItem(labels.status(status), status)

        self.assignee_group = QButtonGroup(self)
        self.assignee_buttons: dict[str, QToolButton] = {}
        for code, text in (
            (ASSIGNEE_ANY, self.tr("Everyone's")),
            (ASSIGNEE_MINE, self.tr("Mine")),
            (ASSIGNEE_UNASSIGNED, self.tr("Unassigned")),
            (ASSIGNEE_POOL, self.tr("My pool")),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setObjectName(f"assignee_{code}")
            self.assignee_group.addButton(button)
            self.assignee_buttons[code] = button
        self.assignee_buttons[ASSIGNEE_ANY].setChecked(True)

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: name, email, phone, words…  ( / )"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

        layout.addWidget(self.channel)
        layout.addWidget(self.status)
        for button in self.assignee_buttons.values():
            layout.addWidget(button)
        layout.addStretch(1)
        outer.addWidget(self.search)  # the search gets the whole width, filters below it
        outer.addLayout(layout)

        self.channel.currentIndexChanged.connect(self._emit)
        self.status.currentIndexChanged.connect(self._emit)
        self.assignee_group.buttonToggled.connect(self._on_toggled)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self._search_timer.timeout.connect(self._emit)
        self.search.returnPressed.connect(self._search_now)

    def set_me(self, user_id: int | None, role: str | None = None) -> None:
        self._me = user_id
        self._my_role = role
        self.assignee_buttons[ASSIGNEE_MINE].setEnabled(user_id is not None)
        self.assignee_buttons[ASSIGNEE_POOL].setEnabled(role is not None)

    def reset(self) -> None:
        """Show everything again (one filter change, not one per widget)."""
        widgets = [self.channel, self.status, self.search, self.assignee_group]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.channel.setCurrentIndex(0)
            self.status.setCurrentIndex(0)
            self.search.clear()
            self.assignee_buttons[ASSIGNEE_ANY].setChecked(True)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._search_timer.stop()
        self._emit()

    def current(self) -> InboxFilter:
        assignee = next(
            (code for code, b in self.assignee_buttons.items() if b.isChecked()), ASSIGNEE_ANY
        )
        channel = self.channel.currentData()  # Qt hands enums back as plain strings
        status = self.status.currentData()
        return InboxFilter(
            channel=ChannelKind(channel) if channel else None,
            status=LeadStatus(status) if status else None,
            assignee=assignee,
            me=self._me,
            my_role=self._my_role,
            search=self.search.text().strip(),
        )

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.search.hasFocus():
            self.leaveSearch.emit()
            return
        super().keyPressEvent(event)

    def _search_now(self) -> None:
        self._search_timer.stop()
        self._emit()
        self.leaveSearch.emit()

    def _on_toggled(self, _button, checked: bool) -> None:
        if checked:
            self._emit()

    def _emit(self, *_args) -> None:
        self.filterChanged.emit(self.current())

"""Desk → VK communities: every community with its state, Add… / Edit…."""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from leaddesk.domain.codes import ChannelKind
from leaddesk.domain.vk import VkSettings
from leaddesk.services import company
from leaddesk.services.account_state import AccountState
from leaddesk.services.context import DeskContext
from leaddesk.services.ports import AccountStatus
from leaddesk.ui import labels
from leaddesk.ui.dialogs.rules_base import HINT_COLOR, StatusLine
from leaddesk.ui.dialogs.vk_account_form import VkAccountForm
from leaddesk.ui.ops import QueryOp

log = logging.getLogger(__name__)
PROBLEM_COLOR = "#c0392b"
LiveStates = dict[int, tuple[str, str | None]]


class VkAccountsDialog(QDialog):
    """The VK communities in a table: name, community ID, state, last error.

    ``live_states`` (channel id → (state code, error)) are the window's running
    communities; the others show what the database knows. ``update_state()`` follows them
    live.

    Signals:
        loaded(): the table shows the communities as read last.
        changed(int): a community was added or changed (its channel id).
    """

    loaded = Signal()
    changed = Signal(int)

    NAME, COMMUNITY, STATE, ERROR = range(4)
    WIDEST = 260  # a column wider than this is cut (the tooltip has it whole)

    def __init__(self, context: DeskContext, parent=None,
                 live_states: LiveStates | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.live: LiveStates = dict(live_states or {})
        self.statuses: list[AccountStatus] = []
        self.zone: ZoneInfo | None = None
        self._select_after: int | None = None
        self.setObjectName("vkAccountsDialog")
        self.setWindowTitle(self.tr("VK communities"))
        self.resize(760, 400)

        intro = QLabel(self.tr("Messages written to these communities on VK become leads; "
                               "answers go back through VK."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("accountsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Community ID"), self.tr("State"), self.tr("Last error")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)  # the last error
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.doubleClicked.connect(lambda _index: self.edit_account())

        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.setObjectName("addAccount")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_account)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("editAccount")
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(self.edit_account)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        self.status = StatusLine(self)
        buttons.addWidget(self.status, 1)

        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(bottom)
        self._enable()
        self.refresh()

    # reading
    def refresh(self, select: int | None = None) -> None:
        """Read the communities again (off the GUI thread), then select ``select`` (or keep
        the selection)."""
        self._select_after = select if select is not None else self.selected_id()
        reader = self.context.reader
        QueryOp(lambda: (company.time_zone(reader), reader.account_statuses(ChannelKind.VK)),
                what=self.tr("Reading the VK communities")) \
            .success(lambda answer: self._answered(*answer)).failure(self._not_read).run()

    def _not_read(self, error: Exception) -> None:
        log.warning("reading the VK communities failed", exc_info=error)
        if shiboken6.isValid(self):
            self.status.show_problem(self.tr("The communities cannot be read: %1").replace(
                "%1", str(error) or type(error).__name__))

    def _answered(self, zone: ZoneInfo, statuses: list[AccountStatus]) -> None:
        if not shiboken6.isValid(self):
            return
        self.zone = zone
        self.statuses = statuses
        self.status.clear()
        wanted = self._select_after
        self.table.blockSignals(True)
        self.table.setRowCount(len(statuses))
        for row, status in enumerate(statuses):
            self._fill_row(row, status)
        self._fit_columns()
        ids = [s.channel_id for s in statuses]
        self.table.clearSelection()
        if statuses:
            self.table.selectRow(ids.index(wanted) if wanted in ids else 0)
        self.table.blockSignals(False)
        self._enable()
        self.loaded.emit()

    def _fill_row(self, row: int, status: AccountStatus) -> None:
        group_id = VkSettings.from_settings(status.settings).group_id
        state, error, bad = self._state(status)
        cells = {
            self.NAME: status.name,
            self.COMMUNITY: str(group_id) if group_id else self.tr("not set up"),
            self.STATE: state,
            self.ERROR: error or "",
        }
        for column, text in cells.items():
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, status.channel_id)
            if text:
                item.setToolTip(text)
            if column == self.ERROR or (column == self.STATE and bad):
                item.setForeground(QColor(PROBLEM_COLOR))
            self.table.setItem(row, column, item)
        community = self.table.item(row, self.COMMUNITY)
        if group_id:
            community.setToolTip(f"https://vk.com/club{group_id}")
        else:
            community.setForeground(QColor(HINT_COLOR))
            community.setToolTip(self.tr("Edit… to enter the community and its token"))

    def _fit_columns(self) -> None:
        """The columns as wide as their contents, up to ``WIDEST``; the last error takes
        the rest of the width (cut short there: its tooltip has it whole)."""
        for column in range(self.ERROR):
            self.table.resizeColumnToContents(column)
            if self.table.columnWidth(column) > self.WIDEST:
                self.table.setColumnWidth(column, self.WIDEST)

    def state_words(self, code: str) -> str:
        """A worker's state in words; VK fetches messages and has a token, not mail and a
        password."""
        if code == AccountState.SYNCING:
            return self.tr("fetching messages…")
        if code == AccountState.NO_PASSWORD:
            return self.tr("no token on this computer")
        return labels.account_state(code)

    def _state(self, status: AccountStatus) -> tuple[str, str | None, bool]:
        """(state in words, error, whether it is a problem) of a community."""
        live = self.live.get(status.channel_id)
        if live is not None:
            code, error = live
            bad = code in (AccountState.ERROR, AccountState.NO_PASSWORD)
            return self.state_words(code), error, bad
        if status.last_sync_at is None:
            return self.tr("never synced"), status.last_error, False
        when = status.last_sync_at.astimezone(self.zone) if self.zone else status.last_sync_at
        return (self.tr("last sync %1").replace("%1", when.strftime("%H:%M %d.%m")),
                status.last_error, False)

    def update_state(self, channel_id: int, state: str, error: str | None) -> None:
        """A running community's new state (from the window's workers)."""
        self.live[channel_id] = (str(state), error)
        for row, status in enumerate(self.statuses):
            if status.channel_id == channel_id:
                self._fill_row(row, status)

    # selection
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.statuses[rows[0].row()].channel_id if rows else None

    def row_of(self, channel_id: int) -> int | None:
        ids = [s.channel_id for s in self.statuses]
        return ids.index(channel_id) if channel_id in ids else None

    def select(self, channel_id: int) -> None:
        row = self.row_of(channel_id)
        if row is not None:
            self.table.selectRow(row)

    def _enable(self) -> None:
        self.edit_button.setEnabled(self.selected_id() is not None)

    # forms
    def make_form(self, editing=None) -> VkAccountForm:
        """The community form (tests open it without ``exec``)."""
        form = VkAccountForm(self.context, self, editing=editing)
        form.accepted.connect(lambda: self._form_saved(form))
        return form

    def add_account(self) -> None:
        form = self.make_form()
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.open()

    def edit_account(self) -> None:
        status = next((s for s in self.statuses if s.channel_id == self.selected_id()), None)
        if status is None:
            return
        form = self.make_form((status.channel_id, status.name,
                               VkSettings.from_settings(status.settings)))
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.open()

    def _form_saved(self, form: VkAccountForm) -> None:
        if form.channel_id is not None:
            self.refresh(select=form.channel_id)
            self.changed.emit(form.channel_id)

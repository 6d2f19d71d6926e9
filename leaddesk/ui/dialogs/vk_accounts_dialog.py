"""Desk → VK communities: every community with its state, Add… / Edit…."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout

from leaddesk.domain.codes import ChannelKind
from leaddesk.domain.vk import VkSettings
from leaddesk.services.account_state import AccountState
from leaddesk.services.context import DeskContext
from leaddesk.services.ports import AccountStatus
from leaddesk.ui import labels
from leaddesk.ui.dialogs.accounts_base import PROBLEM_COLOR, AccountsDialogBase, LiveStates
from leaddesk.ui.dialogs.rules_base import HINT_COLOR
from leaddesk.ui.dialogs.vk_account_form import Editing, VkAccountForm

__all__ = ["PROBLEM_COLOR", "LiveStates", "VkAccountsDialog"]


class VkAccountsDialog(AccountsDialogBase):
    """The VK communities in a table: name, community ID, state, last error.

    ``live_states`` (channel id → (state code, error)) are the window's running
    communities; the others show what the database knows. ``update_state()`` follows them
    live.

    Signals:
        loaded(): the table shows the communities as read last.
        changed(int): a community was added or changed (its channel id).
    """

    KIND = ChannelKind.VK
    WHAT = "VK communities"
    FORM = VkAccountForm
    NAME, COMMUNITY, STATE, ERROR = range(4)

    def __init__(self, context: DeskContext, parent=None,
                 live_states: LiveStates | None = None) -> None:
        super().__init__(context, parent, live_states)
        self.setObjectName("vkAccountsDialog")
        self.setWindowTitle(self.tr("VK communities"))
        self.resize(760, 400)

        intro = QLabel(self.tr("Messages written to these communities on VK become leads; "
                               "answers go back through VK."), self)
        intro.setWordWrap(True)
        self._make_table(self._headers(self.tr("Community ID")))
        buttons = self._make_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(self._close_row())
        self._enable()
        self.refresh()

    def reading_words(self) -> str:
        return self.tr("Reading the VK communities")

    def not_read_words(self) -> str:
        return self.tr("The communities cannot be read: %1")

    def account_cells(self, status: AccountStatus) -> dict[int, str]:
        group_id = VkSettings.from_settings(status.settings).group_id
        return {self.COMMUNITY: str(group_id) if group_id else self.tr("not set up")}

    def _dress_row(self, row: int, status: AccountStatus) -> None:
        group_id = VkSettings.from_settings(status.settings).group_id
        community = self.table.item(row, self.COMMUNITY)
        if group_id:
            community.setToolTip(f"https://vk.com/club{group_id}")
        else:
            community.setForeground(QColor(HINT_COLOR))
            community.setToolTip(self.tr("Edit… to enter the community and its token"))

    def sync_words(self, when: str | None) -> str:
        if when is None:
            return self.tr("never synced")
        return self.tr("last sync %1").replace("%1", when)

    def state_words(self, code: str) -> str:
        """A worker's state in words; VK fetches messages and has a token, not mail and a
        password."""
        if code == AccountState.SYNCING:
            return self.tr("fetching messages…")
        if code == AccountState.NO_PASSWORD:
            return self.tr("no token on this computer")
        return labels.account_state(code)

    def editing_of(self, status: AccountStatus) -> Editing:
        return status.channel_id, status.name, VkSettings.from_settings(status.settings)

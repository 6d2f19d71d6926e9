"""Desk → Email accounts: every mailbox with its state, Add… / Edit…, and the mail each one
set aside."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from leaddesk.domain.codes import ChannelKind
from leaddesk.domain.email_account import EmailAccount
from leaddesk.services.context import DeskContext
from leaddesk.services.ports import AccountStatus
from leaddesk.ui.dialogs.accounts_base import PROBLEM_COLOR, AccountsDialogBase, LiveStates
from leaddesk.ui.dialogs.email_account_form import Editing, EmailAccountForm
from leaddesk.ui.dialogs.email_set_aside import SetAsideSection

__all__ = ["PROBLEM_COLOR", "EmailAccountsDialog", "LiveStates"]


class EmailAccountsDialog(AccountsDialogBase):
    """The email accounts in a table: name, mailbox, lead source, state, last error, mail
    set aside; below it, the set-aside mail of the selected account.

    ``live_states`` (channel id → (state code, error)) are the window's running accounts;
    the others show what the database knows. ``update_state()`` follows them live.

    Signals:
        loaded(): the table shows the accounts as read last.
        changed(int): an account was added or changed (its channel id).
    """

    KIND = ChannelKind.EMAIL
    WHAT = "email accounts"
    FORM = EmailAccountForm
    NAME, MAILBOX, SOURCE, ASIDE, STATE, ERROR = range(6)

    def __init__(self, context: DeskContext, parent=None,
                 live_states: LiveStates | None = None) -> None:
        super().__init__(context, parent, live_states)
        self.setObjectName("emailAccountsDialog")
        self.setWindowTitle(self.tr("Email accounts"))
        self.resize(940, 620)

        self._make_table(self._headers(self.tr("Mailbox"), self.tr("Lead source"),
                                       self.tr("Set aside")))
        buttons = self._make_buttons()
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 6)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)

        self.set_aside = SetAsideSection(context, self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.set_aside)
        self.splitter.setSizes([240, 360])

        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(self._close_row())
        self._enable()
        self.refresh()

    def reading_words(self) -> str:
        return self.tr("Reading the email accounts")

    def not_read_words(self) -> str:
        return self.tr("The accounts cannot be read: %1")

    def account_cells(self, status: AccountStatus) -> dict[int, str]:
        account = EmailAccount.from_settings(status.settings)
        return {
            self.MAILBOX: f"{account.login}@{account.imap.host}",
            self.SOURCE: self.tr("yes") if status.is_lead_source else self.tr("no"),
            self.ASIDE: str(status.set_aside),
        }

    def _dress_row(self, row: int, status: AccountStatus) -> None:
        self.table.item(row, self.ASIDE).setTextAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        source_tip = (self.tr("New conversations here become leads") if status.is_lead_source
                      else self.tr("Mail here only joins existing leads"))
        self.table.item(row, self.SOURCE).setToolTip(source_tip)

    def _fit_columns(self) -> None:
        """As the others, but the last error as wide as it is too (in a narrow window the
        table scrolls to show it)."""
        self.table.resizeColumnsToContents()
        super()._fit_columns()

    def sync_words(self, when: str | None) -> str:
        if when is None:
            return self.tr("never synced")
        return self.tr("last sync %1").replace("%1", when)

    def editing_of(self, status: AccountStatus) -> Editing:
        return (status.channel_id, status.name, EmailAccount.from_settings(status.settings),
                status.is_lead_source)

    def _selection_changed(self, reload: bool = False) -> None:
        """The set-aside mail of the account selected (read again after the accounts: it
        may have grown too)."""
        self._enable()
        channel_id = self.selected_id()
        name = next((s.name for s in self.statuses if s.channel_id == channel_id), "")
        if reload or channel_id != self.set_aside.channel_id:
            self.set_aside.show_channel(channel_id, name)

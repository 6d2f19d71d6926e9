"""What the accounts dialogs (email, VK) and their account forms share.

``AccountsDialogBase``: a table of the accounts of one channel kind with their live state,
last sync and last error, Add… / Edit…, read off the GUI thread; ``update_state()``
follows the window's workers. ``AccountFormBase``: a form whose OK stays off until the
settings are complete, whose "Test connection" tries the secret typed (else the stored
one), and whose OK saves off the GUI thread, telling a keyring that cannot take the secret
and a name taken.

Strings here are translated under the contexts "AccountsDialogBase" and "AccountFormBase"
(``self.tr`` in a base class would look them up under the subclass's name, while lupdate
files them under the base class's); what differs between the kinds stays in the subclasses.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from leaddesk.domain.codes import ChannelKind
from leaddesk.services import company
from leaddesk.services.account_state import AccountState
from leaddesk.services.channel_senders import stored_secret
from leaddesk.services.channel_setup import AccountInvalid
from leaddesk.services.context import DeskContext
from leaddesk.services.ports import AccountStatus, SecretsUnavailable
from leaddesk.ui import labels, message_bridge
from leaddesk.ui.dialogs.common import HINT_COLOR, ValidatedDialog, button_box, hint_label
from leaddesk.ui.dialogs.email_connection_check import ConnectionCheck
from leaddesk.ui.dialogs.rules_base import StatusLine
from leaddesk.ui.ops import QueryOp

PROBLEM_COLOR = "#c0392b"
LiveStates = dict[int, tuple[str, str | None]]


translate = QCoreApplication.translate


class AccountsDialogBase(QDialog):
    """The accounts of ``KIND`` in a table; subclasses lay it out (``_make_table``,
    ``_make_buttons``, ``_close_row``) and say what differs: the columns of their own
    (``account_cells``, ``_dress_row``), the words of the last sync (``sync_words``), the
    form (``FORM``, ``editing_of``) and what a failed read says (``reading_words``,
    ``not_read_words``).

    Signals:
        loaded(): the table shows the accounts as read last.
        changed(int): an account was added or changed (its channel id).
    """

    loaded = Signal()
    changed = Signal(int)

    KIND: ChannelKind
    WHAT: str  # the accounts, for the log: "email accounts"
    FORM: Callable[..., AccountFormBase]
    NAME: int
    STATE: int
    ERROR: int  # the last column: it takes the rest of the width
    WIDEST = 260  # a column wider than this is cut (the tooltip has it whole)

    def __init__(self, context: DeskContext, parent=None,
                 live_states: LiveStates | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.live: LiveStates = dict(live_states or {})
        self.statuses: list[AccountStatus] = []
        self.zone: ZoneInfo | None = None
        self._select_after: int | None = None
        self.table: QTableWidget
        self.add_button: QPushButton
        self.edit_button: QPushButton
        self.status: StatusLine

    # building (the subclass calls these in the order it lays them out)
    def _make_table(self, headers: list[str]) -> QTableWidget:
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName("accountsTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)  # the last error
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_account())
        return self.table

    def _make_buttons(self) -> QHBoxLayout:
        """Add…, Edit… and the status line after them."""
        self.add_button = QPushButton(translate("AccountsDialogBase", "Add…"), self)
        self.add_button.setObjectName("addAccount")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_account)
        self.edit_button = QPushButton(translate("AccountsDialogBase", "Edit…"), self)
        self.edit_button.setObjectName("editAccount")
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(self.edit_account)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        self.status = StatusLine(self)
        buttons.addWidget(self.status, 1)
        return buttons

    def _close_row(self) -> QHBoxLayout:
        close = QPushButton(translate("AccountsDialogBase", "Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        return bottom

    @staticmethod
    def _headers(*own: str) -> list[str]:
        """The name, the subclass's own columns, the state and the last error."""
        return [translate("AccountsDialogBase", "Name"), *own,
                translate("AccountsDialogBase", "State"),
                translate("AccountsDialogBase", "Last error")]

    # what differs
    def reading_words(self) -> str:
        raise NotImplementedError

    def not_read_words(self) -> str:
        """Why the table is not read, with ``%1`` for the error."""
        raise NotImplementedError

    def account_cells(self, status: AccountStatus) -> dict[int, str]:
        """The texts of the columns between the name and the state."""
        raise NotImplementedError

    def _dress_row(self, row: int, status: AccountStatus) -> None:
        """Tooltips, colours and alignment of the subclass's own cells."""

    def sync_words(self, when: str | None) -> str:
        """"last sync ``when``", or "never synced" when None."""
        raise NotImplementedError

    def state_words(self, code: str) -> str:
        """A worker's state in words."""
        return labels.account_state(code)

    def editing_of(self, status: AccountStatus) -> tuple[Any, ...]:
        """What the form edits, from the account's status."""
        raise NotImplementedError

    # reading
    def refresh(self, select: int | None = None) -> None:
        """Read the accounts again (off the GUI thread), then select ``select`` (or keep the
        selection)."""
        self._select_after = select if select is not None else self.selected_id()
        reader, kind = self.context.reader, self.KIND
        QueryOp(lambda: (company.time_zone(reader), reader.account_statuses(kind)),
                what=self.reading_words()) \
            .success(lambda answer: self._answered(*answer)).failure(self._not_read).run()

    def _not_read(self, error: Exception) -> None:
        logging.getLogger(type(self).__module__).warning(
            "reading the %s failed", self.WHAT, exc_info=error)
        if shiboken6.isValid(self):
            self.status.show_problem(self.not_read_words().replace(
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
        self._selection_changed(reload=True)
        self.loaded.emit()

    def _fill_row(self, row: int, status: AccountStatus) -> None:
        state, error, bad = self._state(status)
        error = labels.channel_problem(error) or None
        cells = {self.NAME: status.name, **self.account_cells(status),
                 self.STATE: state, self.ERROR: error or ""}
        for column, text in cells.items():
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, status.channel_id)
            if text:
                item.setToolTip(text)
            if column == self.ERROR or (column == self.STATE and bad):
                item.setForeground(QColor(PROBLEM_COLOR))
            self.table.setItem(row, column, item)
        self._dress_row(row, status)

    def _fit_columns(self) -> None:
        """The columns as wide as their contents, up to ``WIDEST``; the last error takes
        the rest of the width (cut short there: its tooltip has it whole)."""
        for column in range(self.ERROR):
            self.table.resizeColumnToContents(column)
            if self.table.columnWidth(column) > self.WIDEST:
                self.table.setColumnWidth(column, self.WIDEST)

    def _state(self, status: AccountStatus) -> tuple[str, str | None, bool]:
        """(state in words, error, whether it is a problem) of an account."""
        live = self.live.get(status.channel_id)
        if live is not None:
            code, error = live
            bad = code in (AccountState.ERROR, AccountState.NO_PASSWORD)
            return self.state_words(code), error, bad
        if status.last_sync_at is None:
            return self.sync_words(None), status.last_error, False
        when = status.last_sync_at.astimezone(self.zone) if self.zone else status.last_sync_at
        return self.sync_words(when.strftime("%H:%M %d.%m")), status.last_error, False

    def update_state(self, channel_id: int, state: str, error: str | None) -> None:
        """A running account's new state (from the window's workers)."""
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

    def _selection_changed(self, reload: bool = False) -> None:
        """``reload``: the accounts were read again."""
        self._enable()

    def _enable(self) -> None:
        self.edit_button.setEnabled(self.selected_id() is not None)

    # forms
    def make_form(self, editing=None):
        """The account form (tests open it without ``exec``)."""
        form = self.FORM(self.context, self, editing=editing)
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
        form = self.make_form(self.editing_of(status))
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.open()

    def _form_saved(self, form: AccountFormBase) -> None:
        if form.channel_id is not None:
            self.refresh(select=form.channel_id)
            self.changed.emit(form.channel_id)


class AccountFormBase(ValidatedDialog):
    """Add an account, or change one (``editing``: channel id, name, settings, ...).

    Subclasses build their fields in the order of the form (``_make_name``,
    ``_make_history_days``, ``_make_form``, ``_history_row``, ``_make_footer``, last
    ``_start``) and say what differs: ``secret()`` (the
    password or token typed), ``problems()`` / ``problem_words()``, ``check_job()`` and
    ``save_job()``, and the words of ``secret_not_stored_words()`` and ``saving_words()``.
    ``needs_secret``: whether a secret must be typed (none is stored yet);
    ``SECRET_CODE``: the problem code of a missing secret.

    After OK, ``channel_id`` is the saved account's channel.
    """

    SECRET_CODE: str
    PROBLEM_ORDER: tuple[str, ...]  # the order of the form: its first problem is told

    def __init__(self, context: DeskContext, parent=None, editing=None) -> None:
        super().__init__(parent)
        self.context = context
        self.editing = editing
        self.channel_id: int | None = editing[0] if editing else None
        self.needs_secret = editing is None
        self._saving = False
        self._taken: set[str] = set()
        self.name_edit: QLineEdit
        self.name_note: QLabel
        self.form: QFormLayout
        self.check: ConnectionCheck

    # building (the subclass calls these in the order it lays them out)
    def _make_name(self, placeholder: str) -> None:
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("accountName")
        self.name_edit.setMaxLength(100)
        self.name_edit.setPlaceholderText(placeholder)
        self.name_note = QLabel(self)
        self.name_note.setObjectName("nameNote")
        self.name_note.setWordWrap(True)
        self.name_note.setStyleSheet(f"color: {HINT_COLOR};")

    def _secret_placeholder(self, keep: str) -> str:
        """``keep`` (the stored secret stays) when one is stored, else where it is kept."""
        if self.needs_secret:
            return translate("AccountFormBase",
                             "kept in the system keyring, never in the database")
        return keep

    def _make_history_days(self, all_of_it: str, tip: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName("historyDays")
        spin.setRange(0, 3650)
        spin.setValue(30)
        spin.setSpecialValueText(all_of_it)
        spin.setSuffix(translate("AccountFormBase", " days"))
        spin.setToolTip(tip)
        return spin

    def _make_form(self) -> QFormLayout:
        """The form layout, its first rows the name and the note under it."""
        self.form = QFormLayout()
        self.form.addRow(translate("AccountFormBase", "&Name:"), self.name_edit)
        self.form.addRow("", self.name_note)
        self.form.setRowVisible(self.name_note, False)
        return self.form

    def _history_row(self, spin: QSpinBox) -> None:
        self.form.addRow(translate("AccountFormBase", "First sync &reaches back:"), spin)

    def _make_footer(self, check: ConnectionCheck) -> None:
        """``check`` wired to ``test_connection``, the hint line and Save / Cancel."""
        self.check = check
        self.check.button.clicked.connect(self.test_connection)
        self.hint = hint_label(self)
        self.buttons, self.ok_button = button_box(self, translate("AccountFormBase", "Save"))

    def _start(self, edits: Iterable[QLineEdit], focus: QWidget) -> None:
        """Follow the typing in ``edits``; ``focus`` first when editing, else the name."""
        for edit in edits:
            edit.textChanged.connect(self._update)
        (focus if self.editing else self.name_edit).setFocus()
        self._update()

    def _fill_name(self, name: str, tip: str) -> None:
        self.name_edit.setText(name)
        self.name_edit.setEnabled(False)
        self.name_edit.setToolTip(tip)

    # what differs
    def secret(self) -> str:
        raise NotImplementedError

    def problems(self) -> list[str]:
        raise NotImplementedError

    def problem_words(self, code: str) -> str:
        raise NotImplementedError

    def check_job(self) -> Callable[[str], object]:
        """What "Test connection" does with the secret, the settings as typed now."""
        raise NotImplementedError

    def save_job(self) -> Callable[[], int]:
        """What OK does (off the GUI thread), the settings as typed now; gives the channel
        id."""
        raise NotImplementedError

    def secret_not_stored_words(self) -> str:
        """The keyring cannot take the secret (``%1``: why); nothing was saved."""
        raise NotImplementedError

    def saving_words(self) -> str:
        raise NotImplementedError

    # values
    def name(self) -> str:
        return self.name_edit.text().strip()

    # checks
    def _in_order(self, codes: set[str]) -> list[str]:
        order = self.PROBLEM_ORDER
        return [code for code in order if code in codes] + sorted(codes - set(order))

    def _name_taken(self) -> str:
        name = self.name()
        if self.editing is None and name in self._taken:
            return translate("AccountFormBase", "A channel named “%1” exists already: "
                             "choose another name.").replace("%1", name)
        return ""

    def _problem(self) -> str:
        problems = self.problems()
        if problems:
            return self.problem_words(problems[0])
        return self._name_taken()

    def _update(self) -> None:
        taken = self._name_taken()
        self.name_note.setText(taken)
        self.form.setRowVisible(self.name_note, bool(taken))
        problem = self._problem()
        self.hint.setText("" if problem == taken else problem)
        self.ok_button.setEnabled(not problem and not self._saving)
        ready = not [p for p in self.problems() if p not in ("name", self.SECRET_CODE)]
        self.check.set_ready(ready and bool(self.secret() or not self.needs_secret))

    # actions
    def test_connection(self) -> None:
        """Try the settings as typed (the stored secret when none is typed), off the GUI
        thread."""
        check, typed, channel_id = self.check_job(), self.secret(), self.channel_id
        secrets = self.context.secrets

        def job():
            secret = typed or (stored_secret(secrets, channel_id)
                               if channel_id is not None else None)
            if not secret:
                return None
            return check(secret)

        self.check.start(job)

    def accept(self) -> None:
        """Save (off the GUI thread); the dialog closes once the account is stored."""
        if self._saving or self._problem():
            return
        self._saving = True
        self._update()
        QueryOp(self.save_job()).success(self._saved).failure(self._not_saved).run()

    def reject(self) -> None:
        if not self._saving:  # a save under way finishes first
            super().reject()

    def _saved(self, channel_id: int) -> None:
        if not shiboken6.isValid(self):
            return
        self._saving = False
        self.channel_id = channel_id
        QDialog.accept(self)

    def _not_saved(self, error: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self._saving = False
        told = ""
        if isinstance(error, SecretsUnavailable):
            QMessageBox.warning(self, self.windowTitle(), self.secret_not_stored_words()
                                .replace("%1", labels.channel_problem(error.reason)))
        elif isinstance(error, AccountInvalid):
            told = " ".join(self.problem_words(p) for p in error.problems)
        elif isinstance(error, ValueError) and str(error) == "name_taken":
            self._taken.add(self.name())
            self.name_edit.setFocus()
        else:
            message_bridge.error(self.saving_words(), error)
        self._update()
        if told:
            self.hint.setText(told)

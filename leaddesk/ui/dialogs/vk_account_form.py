"""One VK community's settings: its number, how far back the first sync reads, and the
access token, which goes to the keyring.

OK stays off until the community number (and, for a new community, the token) is there;
"Test connection" asks VK without saving; OK saves through the services off the GUI thread
(the keyring first: when it cannot take the token, nothing is saved and the person is told
why).
"""

from __future__ import annotations

import re

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.vk import VkSettings
from leaddesk.services.channel_senders import stored_secret
from leaddesk.services.context import DeskContext
from leaddesk.services.email_accounts import AccountInvalid, CheckResult
from leaddesk.services.ports import SecretsUnavailable
from leaddesk.services.vk_accounts import (
    add_vk_channel,
    check_vk_account,
    update_vk_channel,
    vk_problems,
)
from leaddesk.ui import message_bridge
from leaddesk.ui.dialogs.common import HINT_COLOR, ValidatedDialog, button_box, hint_label
from leaddesk.ui.dialogs.email_connection_check import ConnectionCheck
from leaddesk.ui.ops import QueryOp

# the order the form shows the fields in: the first problem in it is the one told
PROBLEM_ORDER = ("name", "group_id", "token", "api_base")

# (channel id, name, settings), as ``vk_accounts()`` gives them
Editing = tuple[int, str, VkSettings]

_MAX_GROUP_ID = 10**12  # far above any community VK has; keeps nonsense out of the settings
_DIGITS = re.compile(r"-?\d{1,13}")
_LINK = re.compile(
    r"(?:https?://)?(?:(?:www|m)\.)?(?:vk\.(?:com|ru)/)?@?"
    r"(?:club|public|event|gim|write-)(\d{1,13})(?:[/?#].*)?", re.IGNORECASE)


def parse_group_id(text: str) -> int | None:
    """The community's number in what was typed: ``123``, ``-123`` (an owner id),
    ``club123``, ``public123``, ``event123``, or a link such as ``https://vk.com/club123``
    (also ``vk.ru``, ``m.vk.com``, the community's messages ``vk.com/gim123`` and
    ``vk.com/write-123``). None when there is no number in it (a short address such as
    ``vk.com/doors`` names no number)."""
    text = text.strip()
    if _DIGITS.fullmatch(text):
        number = abs(int(text))
    else:
        found = _LINK.fullmatch(text)
        if found is None:
            return None
        number = int(found.group(1))
    return number if 0 < number < _MAX_GROUP_ID else None


class VkConnectionCheck(ConnectionCheck):
    """"Test connection" for a community: the token and the community, then its Long
    Poll server, each ✓ or ✗. ``long_poll_failed`` after a check whose token worked but
    whose Long Poll server was refused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.long_poll_failed = False
        self.button.setToolTip(self.tr("Ask VK for the community and its Long Poll server; "
                                       "nothing is sent or changed"))
        self.busy_label.setText(self.tr("Asking VK…"))

    def _answered(self, results: list[CheckResult] | None) -> None:
        if not shiboken6.isValid(self):
            return  # the form was closed meanwhile
        self.long_poll_failed = any(r.part == "long_poll" and not r.ok for r in results or ())
        if results is None:
            self._show([(False, self.tr("No token: type it (this computer's keyring has none "
                                        "for this community)."))])
        else:
            super()._answered(results)

    def clear(self) -> None:
        super().clear()
        self.long_poll_failed = False

    def step_words(self, result: CheckResult) -> str:
        if result.part == "vk":
            what = self.tr("Community")
            outcome = (self.tr("“%1”, the token works").replace("%1", result.message)
                       if result.ok and result.message else
                       self.tr("the token works") if result.ok else result.message)
        elif result.part == "long_poll":
            what = self.tr("Receiving messages (Long Poll API)")
            outcome = self.tr("switched on") if result.ok else result.message
        else:
            return super().step_words(result)
        return f"{what}: {outcome}" if outcome else what


class VkAccountForm(ValidatedDialog):
    """Add a VK community, or change one (``editing``: as ``vk_accounts()`` gives it).

    After OK, ``channel_id`` is the saved community's channel.
    """

    def __init__(self, context: DeskContext, parent=None, editing: Editing | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editing = editing
        self.channel_id: int | None = editing[0] if editing else None
        self._saving = False
        self._taken: set[str] = set()
        # a channel made by an import or the demo has no community yet, nor a token
        self.needs_token = editing is None or editing[2].group_id <= 0
        self.setObjectName("vkAccountForm")
        self.setWindowTitle(self.tr("VK community: %1").replace("%1", editing[1]) if editing
                            else self.tr("New VK community"))
        self.resize(580, 0)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("accountName")
        self.name_edit.setMaxLength(100)
        self.name_edit.setPlaceholderText(self.tr("e.g. VK shop"))
        self.name_note = QLabel(self)
        self.name_note.setObjectName("nameNote")
        self.name_note.setWordWrap(True)
        self.name_note.setStyleSheet(f"color: {HINT_COLOR};")
        self.group_edit = QLineEdit(self)
        self.group_edit.setObjectName("groupId")
        self.group_edit.setMaxLength(300)
        self.group_edit.setPlaceholderText(self.tr("123456 or https://vk.com/club123456"))
        self.group_edit.setToolTip(self.tr("The community's number; its link (such as "
                                           "https://vk.com/club123456) or club123456 will "
                                           "do too"))
        self.group_edit.editingFinished.connect(self._tidy_group_id)
        self.token_edit = QLineEdit(self)
        self.token_edit.setObjectName("accountToken")
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText(
            self.tr("empty: keep the stored token") if not self.needs_token
            else self.tr("kept in the system keyring, never in the database"))
        self.history_days = QSpinBox(self)
        self.history_days.setObjectName("historyDays")
        self.history_days.setRange(0, 3650)
        self.history_days.setValue(30)
        self.history_days.setSpecialValueText(self.tr("all of it"))
        self.history_days.setSuffix(self.tr(" days"))
        self.history_days.setToolTip(self.tr("The first sync makes leads of the conversations "
                                             "of these last days only; older ones stay in "
                                             "VK"))
        self.advanced = QToolButton(self)
        self.advanced.setObjectName("advanced")
        self.advanced.setText(self.tr("Advanced"))
        self.advanced.setCheckable(True)
        self.advanced.setAutoRaise(True)
        self.advanced.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced.toggled.connect(self._show_advanced)
        self.api_edit = QLineEdit(self)
        self.api_edit.setObjectName("apiBase")
        self.api_edit.setMaxLength(500)
        self.api_edit.setPlaceholderText(self.tr("empty: VK itself"))
        self.api_edit.setToolTip(self.tr("For a test server: the address the VK API methods "
                                         "are called at, e.g. http://127.0.0.1:8080/method/. "
                                         "Empty: VK itself."))
        self.api_label = QLabel(self.tr("API &address:"), self)
        self.api_label.setBuddy(self.api_edit)

        self.form = QFormLayout()
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow("", self.name_note)
        self.form.addRow(self.tr("Community &ID:"), self.group_edit)
        self.form.addRow(self.tr("Access &token:"), self.token_edit)
        self.form.addRow(self.tr("First sync &reaches back:"), self.history_days)
        self.form.addRow(self.advanced)
        self.form.addRow(self.api_label, self.api_edit)
        self.form.setRowVisible(self.name_note, False)

        self.help = QLabel(self.tr(
            "<b>Where to get the token.</b> In VK open the community → Manage → API usage → "
            "Access tokens → Create token, tick <i>Allow access to community messages</i> "
            "and paste the token here. Then, on the <i>Long Poll API</i> tab, switch Long "
            "Poll API on and under <i>Event types</i> tick <i>Incoming message</i>."), self)
        self.help.setObjectName("tokenHelp")
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.RichText)
        self.help.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.help.setStyleSheet("QLabel#tokenHelp { background: palette(alternate-base); "
                                "border: 1px solid palette(mid); border-radius: 4px; "
                                "padding: 6px; }")
        self.check = VkConnectionCheck(self)
        self.check.button.clicked.connect(self.test_connection)
        self.check.finished.connect(self._checked)
        self.long_poll_hint = QLabel(self.tr(
            "VK gives this community's messages to no program yet: in the community open "
            "Manage → API usage → Long Poll API, switch Long Poll API on and under "
            "<i>Event types</i> tick <i>Incoming message</i>. The token must have the right "
            "to access community messages."), self)
        self.long_poll_hint.setObjectName("longPollHint")
        self.long_poll_hint.setWordWrap(True)
        self.long_poll_hint.setTextFormat(Qt.TextFormat.RichText)
        self.long_poll_hint.setStyleSheet(f"color: {HINT_COLOR};")
        self.long_poll_hint.hide()
        self.hint = hint_label(self)
        self.buttons, self.ok_button = button_box(self, self.tr("Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addSpacing(6)
        layout.addWidget(self.help)
        layout.addSpacing(6)
        layout.addWidget(self.check)
        layout.addWidget(self.long_poll_hint)
        layout.addStretch(1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

        if editing is not None:
            self._fill(editing)
        self.advanced.setChecked(bool(self.api_edit.text()))
        self._show_advanced(self.advanced.isChecked())
        for edit in (self.name_edit, self.group_edit, self.token_edit, self.api_edit):
            edit.textChanged.connect(self._update)
        (self.group_edit if editing else self.name_edit).setFocus()
        self._update()

    def _fill(self, editing: Editing) -> None:
        _channel_id, name, settings = editing
        self.name_edit.setText(name)
        self.name_edit.setEnabled(False)
        self.name_edit.setToolTip(self.tr("The name is given when the community is added"))
        self.group_edit.setText(str(settings.group_id) if settings.group_id > 0 else "")
        self.history_days.setValue(settings.history_days)
        self.api_edit.setText(settings.api_base)

    def _show_advanced(self, shown: bool) -> None:
        self.advanced.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.form.setRowVisible(self.api_edit, shown)

    def _tidy_group_id(self) -> None:
        """A link or ``club123`` typed becomes the bare number once the field is left."""
        number = parse_group_id(self.group_edit.text())
        if number is not None and self.group_edit.text() != str(number):
            self.group_edit.setText(str(number))

    # values
    def settings(self) -> VkSettings:
        """The settings as typed (the token aside); group id 0 when none can be read."""
        return VkSettings(parse_group_id(self.group_edit.text()) or 0,
                          self.api_edit.text().strip(), self.history_days.value())

    def name(self) -> str:
        return self.name_edit.text().strip()

    def token(self) -> str:
        return self.token_edit.text().strip()

    # checks
    def problems(self) -> list[str]:
        """What is missing, as codes from ``vk_problems`` (and api_base), in the order of
        the form."""
        codes = set(vk_problems(self.name(), self.settings(),
                                self.token() if self.needs_token else None))
        api = self.api_edit.text().strip()
        if api and not re.fullmatch(r"https?://\S+", api, re.IGNORECASE):
            codes.add("api_base")
        return [code for code in PROBLEM_ORDER if code in codes] + sorted(
            codes - set(PROBLEM_ORDER))

    def problem_words(self, code: str) -> str:
        if code == "group_id" and self.group_edit.text().strip():
            return self.tr("No community number can be read from this: enter digits such as "
                           "123456 or a link like https://vk.com/club123456 (a short address "
                           "such as vk.com/shop has no number in it).")
        words = {
            "name": self.tr("Give the community a name: the channel is shown by it."),
            "group_id": self.tr("Enter the community's ID or its link."),
            "token": self.tr("Enter the community's access token."),
            "api_base": self.tr("The API address must start with https:// or http://."),
        }
        return words.get(code, code)

    def _name_taken(self) -> str:
        name = self.name()
        if self.editing is None and name in self._taken:
            return self.tr("A channel named “%1” exists already: choose another name.") \
                .replace("%1", name)
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
        ready = not [p for p in self.problems() if p not in ("name", "token")]
        self.check.set_ready(ready and bool(self.token() or not self.needs_token))

    # actions
    def test_connection(self) -> None:
        """Ask VK with the settings as typed (the stored token when none is typed), off
        the GUI thread."""
        settings, typed, channel_id = self.settings(), self.token(), self.channel_id
        secrets, connector = self.context.secrets, self.context.connector
        self.long_poll_hint.hide()

        def job():
            token = typed or (stored_secret(secrets, channel_id)
                              if channel_id is not None else None)
            if not token:
                return None
            return check_vk_account(connector, settings, token)

        self.check.start(job)

    def _checked(self) -> None:
        self.long_poll_hint.setVisible(self.check.long_poll_failed)

    def accept(self) -> None:
        """Save (off the GUI thread); the dialog closes once the community is stored."""
        self._tidy_group_id()
        if self._saving or self._problem():
            return
        self._saving = True
        self._update()
        uow, secrets = self.context.uow_factory, self.context.secrets
        settings, token = self.settings(), self.token()
        if self.editing is None:
            name = self.name()

            def save():
                return add_vk_channel(uow, secrets, name, settings, token)
        else:
            channel_id = self.editing[0]

            def save():
                update_vk_channel(uow, secrets, channel_id, settings, token=token or None)
                return channel_id

        QueryOp(save).success(self._saved).failure(self._not_saved).run()

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
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "The token cannot be stored: %1. Nothing was saved.").replace(
                "%1", error.reason))
        elif isinstance(error, AccountInvalid):
            told = " ".join(self.problem_words(p) for p in error.problems)
        elif isinstance(error, ValueError) and str(error) == "name_taken":
            self._taken.add(self.name())
            self.name_edit.setFocus()
        else:
            message_bridge.error(self.tr("Saving the VK community"), error)
        self._update()
        if told:
            self.hint.setText(told)

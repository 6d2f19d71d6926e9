"""One VK community's settings: its number, how far back the first sync reads, and the
access token, which goes to the keyring.

OK stays off until the community number (and, for a new community, the token) is there;
"Test connection" asks VK without saving; OK saves through the services off the GUI thread
(the keyring first: when it cannot take the token, nothing is saved and the person is told
why).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.vk import VkSettings
from leaddesk.services.context import DeskContext
from leaddesk.services.email_accounts import CheckResult
from leaddesk.services.vk_accounts import (
    add_vk_channel,
    check_vk_account,
    update_vk_channel,
    vk_problems,
)
from leaddesk.ui import labels
from leaddesk.ui.dialogs.accounts_base import AccountFormBase
from leaddesk.ui.dialogs.common import HINT_COLOR
from leaddesk.ui.dialogs.email_connection_check import ConnectionCheck

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
                       self.tr("the token works") if result.ok else
                       labels.channel_problem(result.message))
        elif result.part == "long_poll":
            what = self.tr("Receiving messages (Long Poll API)")
            outcome = self.tr("switched on") if result.ok else \
                labels.channel_problem(result.message)
        else:
            return super().step_words(result)
        return f"{what}: {outcome}" if outcome else what


class VkAccountForm(AccountFormBase):
    """Add a VK community, or change one (``editing``: as ``vk_accounts()`` gives it).

    After OK, ``channel_id`` is the saved community's channel.
    """

    SECRET_CODE = "token"
    PROBLEM_ORDER = PROBLEM_ORDER

    def __init__(self, context: DeskContext, parent=None, editing: Editing | None = None) -> None:
        super().__init__(context, parent, editing)
        # a channel made by an import or the demo has no community yet, nor a token
        self.needs_secret = editing is None or editing[2].group_id <= 0
        self.setObjectName("vkAccountForm")
        self.setWindowTitle(self.tr("VK community: %1").replace("%1", editing[1]) if editing
                            else self.tr("New VK community"))
        self.resize(580, 0)

        self._make_name(self.tr("e.g. VK shop"))
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
            self._secret_placeholder(self.tr("empty: keep the stored token")))
        self.history_days = self._make_history_days(
            self.tr("all of it"),
            self.tr("The first sync makes leads of the conversations of these last days "
                    "only; older ones stay in VK"))
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

        self._make_form()
        self.form.addRow(self.tr("Community &ID:"), self.group_edit)
        self.form.addRow(self.tr("Access &token:"), self.token_edit)
        self._history_row(self.history_days)
        self.form.addRow(self.advanced)
        self.form.addRow(self.api_label, self.api_edit)

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
        check = VkConnectionCheck(self)
        check.finished.connect(self._checked)
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
        self._make_footer(check)
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
        self._start((self.name_edit, self.group_edit, self.token_edit, self.api_edit),
                    self.group_edit)

    @property
    def needs_token(self) -> bool:
        """A token must be typed: none is stored for the community yet."""
        return self.needs_secret

    def _fill(self, editing: Editing) -> None:
        _channel_id, name, settings = editing
        self._fill_name(name, self.tr("The name is given when the community is added"))
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

    def token(self) -> str:
        return self.token_edit.text().strip()

    def secret(self) -> str:
        return self.token()

    # checks
    def problems(self) -> list[str]:
        """What is missing, as codes from ``vk_problems`` (and api_base), in the order of
        the form."""
        codes = set(vk_problems(self.name(), self.settings(),
                                self.token() if self.needs_token else None))
        api = self.api_edit.text().strip()
        if api and not re.fullmatch(r"https?://\S+", api, re.IGNORECASE):
            codes.add("api_base")
        return self._in_order(codes)

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

    def secret_not_stored_words(self) -> str:
        return self.tr("The token cannot be stored: %1. Nothing was saved.")

    def saving_words(self) -> str:
        return self.tr("Saving the VK community")

    # actions
    def test_connection(self) -> None:
        """Ask VK with the settings as typed (the stored token when none is typed), off
        the GUI thread."""
        self.long_poll_hint.hide()
        super().test_connection()

    def check_job(self) -> Callable[[str], object]:
        return partial(check_vk_account, self.context.connector, self.settings())

    def _checked(self) -> None:
        self.long_poll_hint.setVisible(self.check.long_poll_failed)

    def accept(self) -> None:
        """Save (off the GUI thread); the dialog closes once the community is stored."""
        self._tidy_group_id()
        super().accept()

    def save_job(self) -> Callable[[], int]:
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

        return save

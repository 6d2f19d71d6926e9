"""A lead by hand: a phone call or a visitor, with the contact recognised as it is typed."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
)

from leaddesk.domain.codes import ChannelKind
from leaddesk.domain.identities import normalize_email, normalize_phone
from leaddesk.services.ports import ContactMatch
from leaddesk.ui.dialogs.common import (
    ValidatedDialog,
    accept_on_ctrl_enter,
    button_box,
    hint_label,
)
from leaddesk.ui.ops import QueryOp

LOOKUP_DELAY_MS = 250
KNOWN_COLOR = "#1e8449"


class ManualLeadDialog(ValidatedDialog):
    """A call or a visit the person at the desk has just handled; the caller records it."""

    def __init__(self, find_contacts: Callable[[str], list[ContactMatch]], parent=None) -> None:
        super().__init__(parent)
        self._find_contacts = find_contacts
        self._asked = ""  # the identity of the lookup whose answer is awaited
        self._filled_name = ""  # the name put in from a match (replaced by the next match)
        self.match: ContactMatch | None = None
        self.setWindowTitle(self.tr("New lead by hand"))
        self.setObjectName("manualLeadDialog")
        self.resize(480, 440)

        self.phone_call = QRadioButton(self.tr("&Phone call"), self)
        self.walk_in = QRadioButton(self.tr("&Walk-in visitor"), self)
        self.phone_call.setChecked(True)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.phone_call)
        self.kind_group.addButton(self.walk_in)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.phone_call)
        kind_row.addWidget(self.walk_in)
        kind_row.addStretch(1)

        self.phone_edit = QLineEdit(self)
        self.phone_edit.setObjectName("manualPhone")
        self.phone_edit.setPlaceholderText("+7 912 345-67-89")
        self.phone_edit.setMaxLength(40)
        self.contact_label = QLabel(self)
        self.contact_label.setObjectName("manualContact")
        self.contact_label.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("manualName")
        self.name_edit.setMaxLength(200)
        self.email_edit = QLineEdit(self)
        self.email_edit.setObjectName("manualEmail")
        self.email_edit.setPlaceholderText("name@example.ru")
        self.email_edit.setMaxLength(200)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("manualText")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr("What they asked about (Ctrl+Enter saves)"))
        accept_on_ctrl_enter(self, self.text_edit)

        form = QFormLayout()
        form.addRow(self.tr("Kind:"), kind_row)
        form.addRow(self.tr("P&hone:"), self.phone_edit)
        form.addRow("", self.contact_label)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Email:"), self.email_edit)
        form.addRow(self.tr("Wh&at they want:"), self.text_edit)

        self.hint = hint_label(self)
        self.buttons, self.ok_button = button_box(self, self.tr("Create lead"))
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.phone_call, self.walk_in)
        self.setTabOrder(self.walk_in, self.phone_edit)
        self.setTabOrder(self.phone_edit, self.name_edit)
        self.setTabOrder(self.name_edit, self.email_edit)
        self.setTabOrder(self.email_edit, self.text_edit)
        self.setTabOrder(self.text_edit, self.buttons)

        self.lookup_timer = QTimer(self)
        self.lookup_timer.setSingleShot(True)
        self.lookup_timer.setInterval(LOOKUP_DELAY_MS)
        self.lookup_timer.timeout.connect(self.look_up)
        for edit in (self.phone_edit, self.email_edit):
            edit.textChanged.connect(lambda _text: self.lookup_timer.start())
        for edit in (self.phone_edit, self.name_edit, self.email_edit):
            edit.textChanged.connect(self._update)
        self.phone_edit.setFocus()
        self._update()

    # values
    def kind(self) -> ChannelKind:
        return ChannelKind.WALKIN if self.walk_in.isChecked() else ChannelKind.PHONE

    def values(self) -> dict:
        """``kind`` (ChannelKind.PHONE or WALKIN), ``phone``, ``name``, ``email``, ``text``."""
        return {"kind": self.kind(), "phone": self.phone_edit.text().strip(),
                "name": self.name_edit.text().strip(), "email": self.email_edit.text().strip(),
                "text": self.text_edit.toPlainText().strip()}

    # the contact
    def _identity(self) -> str:
        """What to look the contact up by: a whole phone number, else a whole address."""
        phone, email = self.phone_edit.text().strip(), self.email_edit.text().strip()
        if normalize_phone(phone):
            return phone
        return email if normalize_email(email) else ""

    def look_up(self) -> None:
        """Ask who this is, off the GUI thread (the timer calls this after typing stops)."""
        identity = self._identity()
        if identity == self._asked:
            return
        self._asked = identity
        if not identity:
            self._show_match(None, known=False)
            return
        find = self._find_contacts
        QueryOp(lambda: find(identity)) \
            .success(lambda matches: self._answered(identity, matches)) \
            .failure(lambda _error: self._answered(identity, None)).run()

    def _answered(self, identity: str, matches: list[ContactMatch] | None) -> None:
        if not shiboken6.isValid(self) or identity != self._asked:
            return  # closed meanwhile, or the text changed since
        if matches is None:
            self._show_match(None, known=False)
            return
        self._show_match(matches[0] if matches else None, known=True)

    def _show_match(self, match: ContactMatch | None, known: bool) -> None:
        self.match = match
        if match is None:
            self.contact_label.setText(self.tr("New contact") if known else "")
            self.contact_label.setStyleSheet("color: #555;")
            if self.name_edit.text() == self._filled_name and self._filled_name:
                self.name_edit.clear()
            self._filled_name = ""
            return
        name = match.name or "—"
        self.contact_label.setText(
            self.tr("Known contact: %1 · %n lead(s)", "", match.leads).replace("%1", name))
        self.contact_label.setStyleSheet(f"color: {KNOWN_COLOR};")
        current = self.name_edit.text().strip()
        if match.name and (not current or current == self._filled_name):
            self.name_edit.setText(match.name)
            self._filled_name = match.name

    # state
    def _problem(self) -> str:
        values = self.values()
        if values["phone"] and normalize_phone(values["phone"]) is None:
            return self.tr("“%1” is not a whole phone number yet.").replace("%1", values["phone"])
        if values["email"] and normalize_email(values["email"]) is None:
            return self.tr("“%1” is not an email address.").replace("%1", values["email"])
        if not (values["phone"] or values["email"] or values["name"]):
            return self.tr("Enter a phone, an email or a name.")
        return ""

    def accept(self) -> None:
        if not self._problem():
            self.lookup_timer.stop()
        super().accept()

"""One email account's settings: servers, login, folders; the password goes to the keyring.

OK stays off until the settings are complete; "Test connection" tries them without saving;
OK saves through the services off the GUI thread (the keyring first: when it cannot take the
password, nothing is saved and the person is told why).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.email_account import EmailAccount, Endpoint, Security, account_problems
from leaddesk.domain.identities import normalize_email
from leaddesk.services.context import DeskContext
from leaddesk.services.email_accounts import (
    add_email_channel,
    check_email_account,
    update_email_channel,
)
from leaddesk.ui.dialogs.accounts_base import AccountFormBase
from leaddesk.ui.dialogs.email_connection_check import ConnectionCheck

# the order the form shows the fields in: the first problem in it is the one told
PROBLEM_ORDER = ("name", "login", "password", "address", "imap_host", "imap_port",
                 "smtp_host", "smtp_port", "folders")

# (channel id, name, settings, is lead source), as ``email_accounts()`` gives them
Editing = tuple[int, str, EmailAccount, bool]


class ServerRow(QWidget):
    """Host, port and security of one server; a new security brings its usual port unless
    another port was typed."""

    def __init__(self, smtp: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.smtp = smtp
        self.host = QLineEdit(self)
        self.host.setMaxLength(255)
        self.host.setPlaceholderText("smtp.example.ru" if smtp else "imap.example.ru")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setAccessibleName(self.tr("Port"))
        self.security = QComboBox(self)
        for security, text, tip in (
                (Security.SSL, self.tr("SSL/TLS"), self.tr("Encrypted from the start")),
                (Security.STARTTLS, self.tr("STARTTLS"),
                 self.tr("Plain at first, then encrypted")),
                (Security.NONE, self.tr("None"),
                 self.tr("No encryption: only for a server on this computer"))):
            self.security.addItem(text, security.value)
            self.security.setItemData(self.security.count() - 1, tip,
                                      Qt.ItemDataRole.ToolTipRole)
        self.security.setAccessibleName(self.tr("Security"))
        self._shown = Security.SSL
        self.port.setValue(self._default(Security.SSL))
        self.security.currentIndexChanged.connect(self._security_changed)
        port_label = QLabel(self.tr("port"), self)
        port_label.setBuddy(self.port)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.host, 1)
        layout.addWidget(port_label)
        layout.addWidget(self.port)
        layout.addWidget(self.security)
        self.setFocusProxy(self.host)

    def _default(self, security: Security) -> int:
        return security.default_smtp_port if self.smtp else security.default_imap_port

    def _security_changed(self) -> None:
        new = self.current_security()
        if self.port.value() == self._default(self._shown):
            self.port.setValue(self._default(new))
        self._shown = new

    def current_security(self) -> Security:
        return Security(self.security.currentData())

    def set_endpoint(self, endpoint: Endpoint) -> None:
        self.host.setText(endpoint.host)
        self.security.blockSignals(True)
        self.security.setCurrentIndex(self.security.findData(endpoint.security.value))
        self.security.blockSignals(False)
        self._shown = endpoint.security
        self.port.setValue(endpoint.port)

    def endpoint(self) -> Endpoint:
        return Endpoint(self.host.text().strip(), self.port.value(), self.current_security())


class EmailAccountForm(AccountFormBase):
    """Add an email account, or change one (``editing``: as ``email_accounts()`` gives it).

    After OK, ``channel_id`` is the saved account's channel.
    """

    SECRET_CODE = "password"
    PROBLEM_ORDER = PROBLEM_ORDER

    def __init__(self, context: DeskContext, parent=None, editing: Editing | None = None) -> None:
        super().__init__(context, parent, editing)
        self._extra = dict(editing[2].extra) if editing else {}
        self.setObjectName("emailAccountForm")
        self.setWindowTitle(self.tr("Email account: %1").replace("%1", editing[1]) if editing
                            else self.tr("New email account"))
        self.resize(600, 0)

        self._make_name(self.tr("e.g. Sales mail"))
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("accountLogin")
        self.login_edit.setMaxLength(320)
        self.login_edit.setPlaceholderText("sales@example.ru")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("accountPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(
            self._secret_placeholder(self.tr("empty: keep the stored password")))
        self.address_edit = QLineEdit(self)
        self.address_edit.setObjectName("accountAddress")
        self.address_edit.setMaxLength(320)
        self.address_edit.setToolTip(self.tr("The address answers are sent from; empty: the "
                                             "login, when it is an address"))
        self.sender_edit = QLineEdit(self)
        self.sender_edit.setObjectName("accountSender")
        self.sender_edit.setMaxLength(200)
        self.sender_edit.setPlaceholderText(self.tr("e.g. Romashka, sales department"))
        self.imap = ServerRow(smtp=False, parent=self)
        self.imap.setObjectName("imapServer")
        self.smtp = ServerRow(smtp=True, parent=self)
        self.smtp.setObjectName("smtpServer")
        self.folders_edit = QLineEdit("INBOX", self)
        self.folders_edit.setObjectName("accountFolders")
        self.folders_edit.setToolTip(self.tr("The folders whose new mail is read, separated "
                                             "by commas"))
        self.sent_edit = QLineEdit(self)
        self.sent_edit.setObjectName("accountSentFolder")
        self.sent_edit.setPlaceholderText(self.tr("empty: find the Sent folder"))
        self.sent_edit.setToolTip(self.tr("Where a copy of each answer is put"))
        self.ca_edit = QLineEdit(self)
        self.ca_edit.setObjectName("accountCaFile")
        self.ca_edit.setPlaceholderText(self.tr("empty: the system's certificates"))
        self.ca_edit.setToolTip(self.tr("A certificate authority file (PEM), for a server "
                                        "with a certificate of its own"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.setAutoDefault(False)
        browse.clicked.connect(self.browse_ca_file)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(browse)
        self.history_days = self._make_history_days(
            self.tr("all of it"),
            self.tr("The first sync makes leads of the mail of these last days only; older "
                    "mail stays in the mailbox"))
        self.lead_source = QCheckBox(self.tr("This mailbox is a lead source"), self)
        self.lead_source.setObjectName("leadSource")
        self.lead_source.setChecked(True)
        self.lead_source.setToolTip(self.tr("Otherwise its mail only joins existing leads: "
                                            "new conversations are set aside"))

        self._make_form()
        self.form.addRow(self._section(self.tr("Mailbox")))
        self.form.addRow(self.tr("&Login:"), self.login_edit)
        self.form.addRow(self.tr("&Password:"), self.password_edit)
        self.form.addRow(self.tr("Answers &from:"), self.address_edit)
        self.form.addRow(self.tr("&Sender name:"), self.sender_edit)
        self.form.addRow(self._section(self.tr("Servers")))
        self.form.addRow(self.tr("&Incoming (IMAP):"), self.imap)
        self.form.addRow(self.tr("&Outgoing (SMTP):"), self.smtp)
        ca_label = QLabel(self.tr("&Certificate file:"), self)
        ca_label.setBuddy(self.ca_edit)
        self.form.addRow(ca_label, ca_row)
        self.form.addRow(self._section(self.tr("Folders")))
        self.form.addRow(self.tr("&Watched folders:"), self.folders_edit)
        self.form.addRow(self.tr("Sen&t folder:"), self.sent_edit)
        self._history_row(self.history_days)
        self.form.addRow("", self.lead_source)

        self._make_footer(ConnectionCheck(self))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addSpacing(6)
        layout.addWidget(self.check)
        layout.addStretch(1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

        if editing is not None:
            self._fill(editing)
        for spin in (self.imap.port, self.smtp.port):
            spin.valueChanged.connect(self._update)
        self.login_edit.textChanged.connect(self._login_changed)
        self._login_changed()
        self._start((self.name_edit, self.login_edit, self.password_edit, self.address_edit,
                     self.folders_edit, self.imap.host, self.smtp.host), self.login_edit)

    def _section(self, title: str) -> QLabel:
        label = QLabel(title, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 6, 0, 0)
        return label

    def _fill(self, editing: Editing) -> None:
        _channel_id, name, account, is_lead_source = editing
        self._fill_name(name, self.tr("The name is given when the account is added"))
        self.login_edit.setText(account.login)
        self.address_edit.setText(account.address)
        self.sender_edit.setText(account.display_name)
        self.imap.set_endpoint(account.imap)
        self.smtp.set_endpoint(account.smtp)
        self.folders_edit.setText(", ".join(account.folders))
        self.sent_edit.setText(account.sent_folder)
        self.history_days.setValue(account.history_days)
        self.ca_edit.setText(account.ca_file)
        self.lead_source.setChecked(is_lead_source)

    def _login_changed(self) -> None:
        login = self.login_edit.text().strip()
        self.address_edit.setPlaceholderText(
            login if normalize_email(login) else self.tr("the login, when it is an address"))

    # values
    def account(self) -> EmailAccount:
        """The settings as typed (the password aside)."""
        folders = tuple(f.strip() for f in self.folders_edit.text().split(",") if f.strip())
        return EmailAccount(
            imap=self.imap.endpoint(), smtp=self.smtp.endpoint(),
            login=self.login_edit.text().strip(), address=self.address_edit.text().strip(),
            folders=folders, sent_folder=self.sent_edit.text().strip(),
            ca_file=self.ca_edit.text().strip(), display_name=self.sender_edit.text().strip(),
            history_days=self.history_days.value(), extra=dict(self._extra))

    def password(self) -> str:
        return self.password_edit.text()

    def secret(self) -> str:
        return self.password()

    # checks
    def problems(self) -> list[str]:
        """What is missing, as codes from ``account_problems`` (and name, password), in
        the order of the form."""
        codes = set(account_problems(self.account()))
        if not self.name():
            codes.add("name")
        if self.needs_secret and not self.password():
            codes.add("password")
        return self._in_order(codes)

    def problem_words(self, code: str) -> str:
        words = {
            "name": self.tr("Give the account a name: the channel is shown by it."),
            "login": self.tr("Enter the mailbox login."),
            "password": self.tr("Enter the mailbox password."),
            "address": self.tr("The login is no email address: enter the address answers "
                               "are sent from."),
            "imap_host": self.tr("Enter the incoming mail server (IMAP), e.g. "
                                 "imap.yandex.ru."),
            "imap_port": self.tr("The IMAP port must be between 1 and 65535."),
            "smtp_host": self.tr("Enter the outgoing mail server (SMTP), e.g. "
                                 "smtp.yandex.ru."),
            "smtp_port": self.tr("The SMTP port must be between 1 and 65535."),
            "folders": self.tr("Enter at least one folder to watch (usually INBOX)."),
        }
        return words.get(code, code)

    def secret_not_stored_words(self) -> str:
        return self.tr("The password cannot be stored: %1. Nothing was saved.")

    def saving_words(self) -> str:
        return self.tr("Saving the email account")

    # actions
    def browse_ca_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Certificate authority file"), self.ca_edit.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if chosen:
            self.ca_edit.setText(chosen)

    def check_job(self) -> Callable[[str], object]:
        """Try the servers with the settings as typed."""
        return partial(check_email_account, self.context.connector, self.account())

    def save_job(self) -> Callable[[], int]:
        uow, secrets = self.context.uow_factory, self.context.secrets
        account, password, source = self.account(), self.password(), self.lead_source.isChecked()
        if self.editing is None:
            name = self.name()

            def save():
                return add_email_channel(uow, secrets, name, account, password,
                                         is_lead_source=source)
        else:
            channel_id = self.editing[0]

            def save():
                update_email_channel(uow, secrets, channel_id, account, source,
                                     password=password or None)
                return channel_id

        return save

"""Where this desk's data lives: on this computer only (SQLite) or on a team server
(PostgreSQL).

Shown on the first start (no ``--db``, no ``LEADDESK_DB``, nothing chosen before and no
database in the data folder yet), when the chosen database cannot be opened, and from the
menu (``choose_database``). The choice is kept in QSettings as a URL without a password
(``postgresql://anna@host:5432/sales``); the password, when it is to be remembered, goes
to the system keyring only (``bootstrap.open_desk`` finds it there again). "Test
connection" and "Open" run off the GUI thread; "Open" brings the schema up to date when
the login may, and says in words what to ask the administrator when it may not.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from dataclasses import dataclass
from html import escape
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leaddesk.services.context import DeskContext
from leaddesk.services.ports import SecretsUnavailable
from leaddesk.ui import labels
from leaddesk.ui.dialogs.common import HINT_COLOR
from leaddesk.ui.dialogs.email_connection_check import OK_COLOR, PROBLEM_COLOR
from leaddesk.ui.ops import QueryOp

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

SETTINGS_KEY = "database/url"
DEFAULT_PORT = 5432

# -- the saved choice


def local_database_url() -> str:
    """The SQLite file in the user's data folder ("this computer only")."""
    from leaddesk import bootstrap

    return bootstrap.local_database_url()


def saved_database_url(settings: QSettings) -> str | None:
    value = settings.value(SETTINGS_KEY)
    return str(value) if value else None


def save_database_choice(settings: QSettings, url: str) -> None:
    """Keep ``url`` (never with a password in it) as the database of the next start."""
    if TeamServer.from_url(url) is not None and urlsplit(url).password is not None:
        raise ValueError("a database URL with a password is not saved")
    settings.setValue(SETTINGS_KEY, url)
    settings.sync()


def startup_database_url(db_url: str | None, settings: QSettings) -> str | None:
    """What the window opens: ``--db``, else ``LEADDESK_DB``, else the saved choice, else the
    SQLite file in the data folder when it exists already (a desk from before this choice
    existed, or the one ``scripts/run-demo.sh`` filled); None: ask (the first start)."""
    url = db_url or os.environ.get("LEADDESK_DB") or saved_database_url(settings)
    if url:
        return url
    local = local_database_url()
    if Path(local.removeprefix("sqlite:///")).exists():
        save_database_choice(settings, local)
        return local
    return None


@dataclass(frozen=True)
class TeamServer:
    host: str
    port: int
    database: str
    login: str

    @classmethod
    def from_url(cls, url: str | None) -> TeamServer | None:
        """The fields of a ``postgresql://`` URL; None for anything else."""
        if not url or not re.match(r"^postgres(ql)?(\+\w+)?://", url):
            return None
        parts = urlsplit(url)
        try:
            port = parts.port or DEFAULT_PORT
        except ValueError:
            port = DEFAULT_PORT
        return cls(parts.hostname or "", port, unquote(parts.path.lstrip("/")),
                   unquote(parts.username or ""))

    def url(self, password: str = "") -> str:
        """``postgresql://anna@host:5432/sales``; with ``password`` only to connect now."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        secret = f":{quote(password, safe='')}" if password else ""
        return (f"postgresql://{quote(self.login, safe='')}{secret}@{host}:{self.port}/"
                f"{quote(self.database, safe='')}")

    def secret_key(self) -> str:
        """The keyring entry of the password (the one ``open_desk`` reads it from)."""
        from leaddesk import bootstrap

        return bootstrap.database_secret_key(self.url())


# -- problems in words


def describe_database_problem(error: Exception) -> str:
    """Why a database could not be opened, in the person's language."""
    schema = getattr(error, "schema", None)
    if schema is not None:
        return _schema_words(schema, str(error))
    if isinstance(error, SecretsUnavailable):
        return translate(
            "DatabaseDialog", "The connection works, but the password cannot be remembered: "
            "%1. Untick “Remember the password” to go on without it.",
        ).replace("%1", labels.channel_problem(error.reason))
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    text = re.sub(r"^\([\w.]+\)\s*", "", text)  # SQLAlchemy's "(psycopg.OperationalError) "
    at = re.search(r'server at "([^"]+)", port (\d+)', text)
    where = f"{at.group(1)}:{at.group(2)}" if at else translate("DatabaseDialog", "that address")
    login = re.search(r'for user "([^"]*)"', text)
    missing = re.search(r'database "([^"]*)" does not exist', text)
    host = re.search(r"(?:failed to resolve host|could not translate host name) "
                     r"['\"]([^'\"]+)['\"]", text)
    if "password authentication failed" in text:
        return translate("DatabaseDialog", "The server refused the login “%1” or its password: "
                         "check both.").replace("%1", login.group(1) if login else "")
    if "no password supplied" in text:
        return translate("DatabaseDialog", "The server wants a password for this login: "
                         "type it.")
    if missing:
        return translate("DatabaseDialog", "The server has no database named “%1”: check the "
                         "name with your administrator.").replace("%1", missing.group(1))
    if "Connection refused" in text:
        return translate("DatabaseDialog", "Nothing answers at %1: the server is not running "
                         "there, or the host or the port is wrong.").replace("%1", where)
    if host:
        return translate("DatabaseDialog", "The server name “%1” is unknown: check it.") \
            .replace("%1", host.group(1))
    if re.search(r"timeout expired|timed out|No route to host|Network is unreachable", text):
        return translate("DatabaseDialog", "The server at %1 cannot be reached: check the "
                         "host, the port and the network.").replace("%1", where)
    if "no pg_hba.conf entry" in text:
        return translate("DatabaseDialog", "The server does not let this login in from this "
                         "computer (pg_hba.conf): ask your administrator.")
    if re.search(r"permission denied for (table|schema|relation)", text):
        return translate("DatabaseDialog", "Your login may not use this LeadDesk database yet: "
                         "ask your administrator to add you (leaddesk user add).")
    if "permission denied for database" in text:
        return translate("DatabaseDialog", "Your login may not connect to this database: ask "
                         "your administrator.")
    if "unable to open database file" in text:
        return translate("DatabaseDialog", "The database file cannot be opened: check the path "
                         "and its folder's permissions.")
    return translate("DatabaseDialog", "The database cannot be opened: %1").replace("%1", text)


def _schema_words(schema, message: str) -> str:
    """A database that is not at this version's schema (``migrate.SchemaState``)."""
    if not schema.known:
        return translate(
            "DatabaseDialog", "This database was set up by a newer LeadDesk version (schema "
            "%1; this one knows up to %2): install the newer LeadDesk on this computer.",
        ).replace("%1", str(schema.current)).replace("%2", schema.head)
    if schema.may_migrate and schema.current is None:
        return translate("DatabaseDialog", "The database is not set up for LeadDesk yet: "
                         "LeadDesk sets it up when you open it.")
    if schema.may_migrate:
        return translate(
            "DatabaseDialog", "The database has an older LeadDesk schema (%1): LeadDesk "
            "updates it to %2 when you open it, and desks with an older LeadDesk must then "
            "be updated too.",
        ).replace("%1", schema.current).replace("%2", schema.head)
    found = re.search(r"(leaddesk --db .+ init)\s*$", message)
    command = found.group(1) if found else "leaddesk init"
    if schema.current is None:
        return translate(
            "DatabaseDialog", "This team database is not set up for LeadDesk yet, and your "
            "login may not do it. Ask your administrator to run:\n%1",
        ).replace("%1", command)
    return translate(
        "DatabaseDialog", "This team database needs an update to this LeadDesk version (from "
        "%1 to %2), and your login may not do it. Ask your administrator to run:\n%3",
    ).replace("%1", schema.current).replace("%2", schema.head).replace("%3", command)


# -- off the GUI thread


@dataclass(frozen=True)
class _Probe:
    ok: bool
    words: str


def _probe(url: str) -> _Probe:
    """Connect and look at the schema, changing nothing."""
    from leaddesk.bootstrap import DatabaseNotReady, open_desk

    try:
        context = open_desk(url, run_migrations=False)
    except DatabaseNotReady as error:
        schema = error.schema
        usable = schema is not None and schema.known and schema.may_migrate
        return _Probe(usable, describe_database_problem(error))
    context.close()
    return _Probe(True, "")


def _open(url: str, key: str | None, password: str, remember: bool) -> DeskContext:
    """Open (bringing the schema up when the login may), then remember or forget the
    password; when the keyring cannot take it, nothing stays open."""
    from leaddesk.bootstrap import open_desk

    context = open_desk(url)
    if key is None:
        return context
    try:
        if remember and password:
            context.secrets.put(key, password)
        elif not remember:
            with contextlib.suppress(SecretsUnavailable):  # no keyring: nothing to forget
                context.secrets.delete(key)
    except Exception:
        context.close()
        raise
    return context


# -- the dialog


class DatabaseDialog(QDialog):
    """After OK, ``context`` is the opened desk (the caller closes it) and ``chosen_url`` the
    saved choice (without a password)."""

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None, *,
                 current_url: str | None = None, problem: str = "",
                 first_start: bool = False) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.context: DeskContext | None = None
        self.chosen_url = ""
        self.busy_with = ""  # "test" or "open" while a job runs
        self._closed = False
        self.setObjectName("databaseDialog")
        self.setWindowTitle(self.tr("Where LeadDesk keeps its data"))
        self.setMinimumWidth(560)

        intro = QLabel(self.tr("Choose where this desk keeps its leads. You can change it "
                               "later from the menu.") if first_start else
                       self.tr("Choose where this desk keeps its leads."), self)
        intro.setWordWrap(True)

        self.local_choice = QRadioButton(self.tr("&This computer only"), self)
        self.local_choice.setObjectName("localChoice")
        path = local_database_url().removeprefix("sqlite:///")
        local_note = self._note(self.tr("One desk, nothing to set up. The data is kept in "
                                        "a file in your data folder:\n%1").replace("%1", path))
        local_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.team_choice = QRadioButton(self.tr("T&eam server (PostgreSQL)"), self)
        self.team_choice.setObjectName("teamChoice")
        team_note = self._note(self.tr("Several desks share one database on a PostgreSQL "
                                       "server and see each other's work at once. Your "
                                       "administrator gives you these:"))
        choices = QButtonGroup(self)
        choices.addButton(self.local_choice)
        choices.addButton(self.team_choice)

        self.host_edit = QLineEdit(self)
        self.host_edit.setObjectName("dbHost")
        self.host_edit.setPlaceholderText("db.example.ru")
        self.port_spin = QSpinBox(self)
        self.port_spin.setObjectName("dbPort")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.port_spin.setAccessibleName(self.tr("Port"))
        port_label = QLabel(self.tr("&port"), self)
        port_label.setBuddy(self.port_spin)
        server_row = QHBoxLayout()
        server_row.setContentsMargins(0, 0, 0, 0)
        server_row.addWidget(self.host_edit, 1)
        server_row.addWidget(port_label)
        server_row.addWidget(self.port_spin)
        self.database_edit = QLineEdit(self)
        self.database_edit.setObjectName("dbName")
        self.database_edit.setPlaceholderText(self.tr("e.g. sales"))
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("dbLogin")
        self.login_edit.setPlaceholderText(self.tr("e.g. anna"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("dbPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("empty: the remembered one, if any"))
        self.remember = QCheckBox(self.tr("&Remember the password"), self)
        self.remember.setObjectName("rememberPassword")
        self.remember.setChecked(True)
        self.remember.setToolTip(self.tr("Kept in this computer's keyring, never in a file; "
                                         "otherwise LeadDesk asks at every start"))

        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.setObjectName("testConnection")
        self.test_button.setAutoDefault(False)
        self.test_button.setToolTip(self.tr("Connect and look at the database; nothing is "
                                            "changed"))
        self.test_button.clicked.connect(self.test_connection)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(100)
        self.busy.hide()
        self.busy_label = QLabel(self)
        self.busy_label.hide()
        test_row = QHBoxLayout()
        test_row.setContentsMargins(0, 0, 0, 0)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.busy)
        test_row.addWidget(self.busy_label)
        test_row.addStretch(1)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("testResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._result_plain = ""

        self.team_fields = QWidget(self)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        server_label = QLabel(self.tr("&Server:"), self)
        server_label.setBuddy(self.host_edit)  # a row of fields gets no buddy by itself
        form.addRow(server_label, server_row)
        form.addRow(self.tr("&Database:"), self.database_edit)
        form.addRow(self.tr("&Login:"), self.login_edit)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        form.addRow("", self.remember)
        form.addRow("", test_row)
        team_layout = QVBoxLayout(self.team_fields)
        team_layout.setContentsMargins(24, 0, 0, 0)
        team_layout.addLayout(form)
        team_layout.addWidget(self.result_label)  # the whole width: it may be long

        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setStyleSheet(f"color: {HINT_COLOR};")
        self.env_note = self._note(self.tr("LEADDESK_DB is set here: it is used instead of "
                                           "this choice while it is set."))
        self.env_note.setVisible(bool(os.environ.get("LEADDESK_DB")))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Open"))
        self.ok_button.setObjectName("openDatabase")
        self.ok_button.setDefault(True)
        if first_start or problem:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
                self.tr("&Quit"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(self.local_choice)
        layout.addWidget(local_note)
        layout.addSpacing(4)
        layout.addWidget(self.team_choice)
        layout.addWidget(team_note)
        layout.addWidget(self.team_fields)
        layout.addStretch(1)
        layout.addWidget(self.env_note)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

        self._fill(current_url)
        self._problem_text = problem
        for edit in (self.host_edit, self.database_edit, self.login_edit, self.password_edit):
            edit.textChanged.connect(self._changed)
        self.port_spin.valueChanged.connect(self._changed)
        self.remember.toggled.connect(self._changed)
        self.local_choice.toggled.connect(self._changed)
        self._update()
        if self.team_choice.isChecked():
            (self.password_edit if self.login_edit.text() else self.host_edit).setFocus()
        else:
            self.local_choice.setFocus()

    def _note(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setContentsMargins(24, 0, 0, 0)
        label.setStyleSheet("color: palette(placeholder-text);")
        return label

    def _fill(self, url: str | None) -> None:
        server = TeamServer.from_url(url)
        if server is None:
            self.local_choice.setChecked(True)
            return
        self.team_choice.setChecked(True)
        self.host_edit.setText(server.host)
        self.port_spin.setValue(server.port)
        self.database_edit.setText(server.database)
        self.login_edit.setText(server.login)

    # values
    def is_team(self) -> bool:
        return self.team_choice.isChecked()

    def server(self) -> TeamServer:
        return TeamServer(self.host_edit.text().strip(), self.port_spin.value(),
                          self.database_edit.text().strip(), self.login_edit.text().strip())

    def lacking(self) -> str:
        """What the choice still lacks, in words; empty when it can be tried."""
        if not self.is_team():
            return ""
        server = self.server()
        if not server.host:
            return self.tr("Type the server's name or address.")
        if not server.database:
            return self.tr("Type the database's name.")
        if not server.login:
            return self.tr("Type your login.")
        return ""

    def result_text(self) -> str:
        """The last test's result as plain text ("✓ ..." or "✗ ...")."""
        return self._result_plain

    # state
    def _changed(self) -> None:
        self._show_result(None)
        self._problem_text = ""
        self._update()

    def _update(self) -> None:
        team = self.is_team()
        self.team_fields.setEnabled(team and not self.busy_with)
        self.local_choice.setEnabled(not self.busy_with)
        self.team_choice.setEnabled(not self.busy_with)
        lacking = self.lacking()
        self.test_button.setEnabled(team and not lacking and not self.busy_with)
        self.ok_button.setEnabled(not lacking and not self.busy_with)
        self.hint.setText(lacking or self._problem_text)

    def _busy(self, what: str, words: str) -> None:
        self.busy_with = what
        self.busy_label.setText(words)
        self.busy.setVisible(bool(what))
        self.busy_label.setVisible(bool(what))
        self._update()

    def _show_result(self, probe: _Probe | None) -> None:
        if probe is None:
            self.result_label.clear()
            self._result_plain = ""
            return
        words = probe.words or self.tr("Connected: the LeadDesk database is ready.")
        if probe.ok and probe.words:
            words = self.tr("Connected.") + " " + words
        mark = "✓" if probe.ok else "✗"
        self._result_plain = f"{mark} {words}"
        color = OK_COLOR if probe.ok else PROBLEM_COLOR
        self.result_label.setText(f"<span style='color:{color}'>{mark} "
                            f"{escape(words).replace(chr(10), '<br>')}</span>")

    # test
    def test_connection(self) -> None:
        if self.busy_with or self.lacking() or not self.is_team():
            return
        url = self.server().url(self.password_edit.text())
        self._show_result(None)
        self._busy("test", self.tr("Connecting…"))
        QueryOp(lambda: _probe(url)).success(self._tested).failure(self._test_failed).run()

    def _tested(self, probe: _Probe) -> None:
        if self._closed or not shiboken6.isValid(self):
            return
        self._busy("", "")
        self._show_result(probe)
        self.test_button.setFocus()  # not Quit: Enter must not end the program

    def _test_failed(self, error: Exception) -> None:
        if self._closed or not shiboken6.isValid(self):
            return
        log.info("database test failed: %s", type(error).__name__)
        self._busy("", "")
        self._show_result(_Probe(False, describe_database_problem(error)))
        self.test_button.setFocus()

    # open
    def accept(self) -> None:
        if self.busy_with or self.lacking():
            return
        if self.is_team():
            server = self.server()
            password = self.password_edit.text()
            chosen, key = server.url(), server.secret_key()
            url = server.url(password)
            remember = self.remember.isChecked()
        else:
            chosen = url = local_database_url()
            key, password, remember = None, "", False
        self._problem_text = ""
        self._show_result(None)  # what comes of opening is told below, once
        self._busy("open", self.tr("Opening the database…"))
        QueryOp(lambda: _open(url, key, password, remember)) \
            .success(lambda context: self._opened(context, chosen)) \
            .failure(self._not_opened).run()

    def _opened(self, context: DeskContext, chosen: str) -> None:
        if self._closed or not shiboken6.isValid(self):
            context.close()  # the dialog went away meanwhile
            return
        self._busy("", "")
        save_database_choice(self.settings, chosen)
        self.context, self.chosen_url = context, chosen
        super().accept()

    def _not_opened(self, error: Exception) -> None:
        if self._closed or not shiboken6.isValid(self):
            return
        log.info("database not opened: %s", type(error).__name__)
        self._busy("", "")
        self._problem_text = describe_database_problem(error)
        self._update()
        self.ok_button.setFocus()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self._closed = True
        super().done(result)


def choose_database(parent: QWidget | None = None, settings: QSettings | None = None, *,
                    current_url: str | None = None, problem: str = "",
                    first_start: bool = False) -> DeskContext | None:
    """Ask where the data lives and open it; None when the person cancels.

    The choice is saved for the next start (``database/url``). The caller owns the returned
    desk and closes it. ``current_url`` fills the fields in (default: the saved choice);
    ``problem`` is shown first (why the last database could not be opened).
    """
    settings = settings if settings is not None else QSettings()
    dialog = DatabaseDialog(parent, settings, current_url=current_url or
                            saved_database_url(settings), problem=problem,
                            first_start=first_start)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.context
        return None
    finally:
        dialog.deleteLater()

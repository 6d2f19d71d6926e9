"""The choice between this computer only (SQLite) and a team server (PostgreSQL), against a
real PostgreSQL server whose logins (all but ``postgres``) must give a SCRAM password."""

from __future__ import annotations

import uuid
from pathlib import Path
from urllib.parse import urlsplit

import keyring
import psycopg
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from leaddesk import cli
from leaddesk.adapters.db.engine import default_database_url, make_engine
from leaddesk.adapters.secrets import SERVICE, database_secret_key
from leaddesk.bootstrap import DatabaseNotReady, open_desk
from leaddesk.ui import app_main
from leaddesk.ui.dialogs.database_dialog import (
    SETTINGS_KEY,
    DatabaseDialog,
    TeamServer,
    local_database_url,
    startup_database_url,
)

PASSWORD = "p@ss:w/rd %é"


def _database(url: str) -> str:
    return urlsplit(url).path.lstrip("/")


def _admin(pg_server, database: str):
    return psycopg.connect(host="127.0.0.1", port=pg_server.port, user="postgres",
                           dbname=database, autocommit=True)


def _login(pg_server, database: str, *grants: str) -> str:
    """A new login with PASSWORD (unique per test: roles are the whole server's)."""
    login = "anna_" + uuid.uuid4().hex[:8]
    with _admin(pg_server, database) as connection:
        connection.execute(f"CREATE ROLE {login} LOGIN PASSWORD '{PASSWORD}'")
        for grant in grants:
            connection.execute(grant.format(login=login, database=database))
    return login


def _migrated(pg_url: str) -> None:
    """Set up by the administrator (the superuser)."""
    open_desk(pg_url).close()


@pytest.fixture
def settings():
    return QSettings()


@pytest.fixture
def dialog(qtbot, settings):
    dialog = DatabaseDialog(None, settings, first_start=True)
    qtbot.addWidget(dialog)
    return dialog


def _fill(dialog: DatabaseDialog, pg_server, database: str, login: str,
          password: str = PASSWORD, port: int | None = None) -> None:
    dialog.team_choice.click()
    dialog.host_edit.setText("127.0.0.1")
    dialog.port_spin.setValue(port or pg_server.port)
    dialog.database_edit.setText(database)
    dialog.login_edit.setText(login)
    dialog.password_edit.setText(password)


def _test(qtbot, dialog: DatabaseDialog) -> str:
    assert dialog.test_button.isEnabled()
    dialog.test_button.click()
    qtbot.waitUntil(lambda: not dialog.busy_with and bool(dialog.result_text()),
                    timeout=20000)
    return dialog.result_text()


def _open(qtbot, dialog: DatabaseDialog) -> None:
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.busy_with, timeout=60000)


def test_a_team_login_connects_and_its_password_goes_to_the_keyring_only(
        qtbot, dialog, settings, pg_server, pg_url, memory_keyring):
    _migrated(pg_url)
    database = _database(pg_url)
    login = _login(pg_server, database, "GRANT leaddesk_supervisor TO {login}")
    _fill(dialog, pg_server, database, login)
    assert _test(qtbot, dialog) == "✓ Connected: the LeadDesk database is ready."

    _open(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = f"postgresql://{login}@127.0.0.1:{pg_server.port}/{database}"
    assert dialog.chosen_url == saved
    assert settings.value(SETTINGS_KEY) == saved
    assert PASSWORD not in Path(settings.fileName()).read_text()
    assert keyring.get_password(SERVICE, database_secret_key(saved)) == PASSWORD
    assert dialog.context is not None and dialog.context.is_team
    dialog.context.close()

    # the next start, and a headless command, find the password in the keyring
    context = open_desk(saved)
    assert context.is_team and PASSWORD not in context.database_label
    context.close()
    assert cli.run(["--db", saved, "init"]) == 0


def test_the_keyring_key_is_the_same_on_both_sides():
    for server in (TeamServer("DB.Example.ru", 5432, "sales", "anna"),
                   TeamServer("10.0.0.5", 6543, "продажи", "a.b-c")):
        assert server.secret_key() == database_secret_key(server.url())
    assert database_secret_key("postgresql://anna@db/sales") == \
        database_secret_key("postgresql+psycopg://anna:x@db:5432/sales")
    assert database_secret_key("sqlite:///x.db") is None


def test_unticked_remember_keeps_no_password(qtbot, dialog, settings, pg_server, pg_url,
                                            memory_keyring):
    _migrated(pg_url)
    database = _database(pg_url)
    login = _login(pg_server, database, "GRANT leaddesk_manager TO {login}")
    _fill(dialog, pg_server, database, login)
    dialog.remember.setChecked(False)
    _open(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.hint.text()
    dialog.context.close()
    assert memory_keyring.store == {}
    with pytest.raises(Exception, match="no password supplied"):
        open_desk(settings.value(SETTINGS_KEY))


def test_a_wrong_password_is_told_in_words(qtbot, dialog, pg_server, pg_url, memory_keyring):
    _migrated(pg_url)
    login = _login(pg_server, _database(pg_url))
    _fill(dialog, pg_server, _database(pg_url), login, password="wrong")
    assert _test(qtbot, dialog) == (f"✗ The server refused the login “{login}” or its "
                                    "password: check both.")
    _open(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "refused the login" in dialog.hint.text()
    assert memory_keyring.store == {}


def test_an_unreachable_server_is_told_in_words(qtbot, dialog, pg_server, pg_url):
    from tests.helpers.postgres import _free_port

    port = _free_port()
    _fill(dialog, pg_server, _database(pg_url), "anna", port=port)
    assert _test(qtbot, dialog) == (f"✗ Nothing answers at 127.0.0.1:{port}: the server is "
                                    "not running there, or the host or the port is wrong.")


def test_a_login_outside_the_team_is_told_to_ask_for_a_place(qtbot, dialog, pg_server, pg_url):
    _migrated(pg_url)
    login = _login(pg_server, _database(pg_url))
    _fill(dialog, pg_server, _database(pg_url), login)
    _open(qtbot, dialog)
    assert dialog.hint.text() == ("Your login may not use this LeadDesk database yet: ask "
                                  "your administrator to add you (leaddesk user add).")


def test_a_missing_database_is_told_in_words(qtbot, dialog, pg_server, pg_url):
    login = _login(pg_server, _database(pg_url))
    _fill(dialog, pg_server, "no_such_db", login)
    assert _test(qtbot, dialog) == ("✗ The server has no database named “no_such_db”: check "
                                    "the name with your administrator.")


def test_a_login_that_may_not_set_up_an_empty_database_is_told_whom_to_ask(
        qtbot, dialog, settings, pg_server, pg_url, memory_keyring):
    database = _database(pg_url)
    login = _login(pg_server, database)  # PostgreSQL 15: no CREATE on public for PUBLIC
    _fill(dialog, pg_server, database, login)
    command = f"leaddesk --db postgresql://postgres@127.0.0.1:{pg_server.port}/{database} init"
    expected = ("This team database is not set up for LeadDesk yet, and your login may not "
                f"do it. Ask your administrator to run:\n{command}")
    assert _test(qtbot, dialog) == f"✗ {expected}"
    _open(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.hint.text() == expected
    assert settings.value(SETTINGS_KEY) is None
    # headless, the same words
    url = TeamServer("127.0.0.1", pg_server.port, database, login).url(PASSWORD)
    with pytest.raises(DatabaseNotReady) as raised:
        open_desk(url)
    assert str(raised.value) == expected.replace("\n", " ")
    assert cli._explain_database_error(raised.value) == str(raised.value)


def test_a_login_that_may_not_update_an_older_database_is_told_whom_to_ask(
        qtbot, dialog, pg_server, pg_url, memory_keyring):
    _migrated(pg_url)
    database = _database(pg_url)
    with _admin(pg_server, database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0005'")
    login = _login(pg_server, database, "GRANT leaddesk_supervisor TO {login}")
    _fill(dialog, pg_server, database, login)
    result = _test(qtbot, dialog)
    assert result == (
        "✗ This team database needs an update to this LeadDesk version (from 0005 to 0006), "
        "and your login may not do it. Ask your administrator to run:\n"
        f"leaddesk --db postgresql://postgres@127.0.0.1:{pg_server.port}/{database} init")


def test_the_owner_of_an_empty_database_sets_it_up_on_open(qtbot, dialog, pg_server, pg_url,
                                                           memory_keyring):
    database = _database(pg_url)
    login = _login(pg_server, database, "ALTER DATABASE {database} OWNER TO {login}",
                   "ALTER ROLE {login} CREATEROLE")
    _fill(dialog, pg_server, database, login)
    assert _test(qtbot, dialog) == ("✓ Connected. The database is not set up for LeadDesk "
                                    "yet: LeadDesk sets it up when you open it.")
    _open(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.hint.text()
    dialog.context.close()
    with _admin(pg_server, database) as connection:
        owner = connection.execute(
            "SELECT tableowner FROM pg_tables WHERE tablename = 'alembic_version'").fetchone()
    assert owner == (login,)


def test_this_computer_only_saves_the_sqlite_file(qtbot, dialog, settings):
    assert local_database_url() == default_database_url()  # LEADDESK_DB is unset here
    assert dialog.local_choice.isChecked()
    assert not dialog.team_fields.isEnabled()
    _open(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.value(SETTINGS_KEY) == local_database_url()
    assert not dialog.context.is_team
    dialog.context.close()
    assert Path(local_database_url().removeprefix("sqlite:///")).exists()


def test_the_team_fields_say_what_they_lack(qtbot, dialog):
    dialog.team_choice.click()
    assert not dialog.ok_button.isEnabled() and not dialog.test_button.isEnabled()
    assert dialog.hint.text() == "Type the server's name or address."
    dialog.host_edit.setText("db")
    dialog.database_edit.setText("sales")
    assert dialog.hint.text() == "Type your login."
    dialog.login_edit.setText("anna")
    assert dialog.ok_button.isEnabled() and dialog.hint.text() == ""


def test_the_start_asks_only_when_nothing_is_known(settings, monkeypatch, tmp_path):
    assert startup_database_url(None, settings) is None  # the first start: ask
    assert startup_database_url("x.db", settings) == "x.db"
    monkeypatch.setenv("LEADDESK_DB", "env.db")
    assert startup_database_url(None, settings) == "env.db"
    monkeypatch.delenv("LEADDESK_DB")
    make_engine(local_database_url()).connect().close()  # a desk from before the question
    assert startup_database_url(None, settings) == local_database_url()
    assert settings.value(SETTINGS_KEY) == local_database_url()


def test_a_database_that_cannot_be_opened_brings_the_dialog_with_the_reason(
        qtbot, settings, monkeypatch, pg_server):
    from tests.helpers.postgres import _free_port

    asked = {}

    def choose(parent, settings, **kwargs):
        asked.update(kwargs)

    monkeypatch.setattr(app_main, "choose_database", choose)
    url = f"postgresql://anna@127.0.0.1:{_free_port()}/sales"
    assert app_main.open_start_database(url, settings) is None
    assert asked["current_url"] == url
    assert asked["problem"].startswith("Nothing answers at 127.0.0.1:")


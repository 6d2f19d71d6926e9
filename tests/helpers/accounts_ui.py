"""What the tests of the accounts dialogs (email, VK) and their forms share: the fixtures
``desk`` and ``no_keyring`` (import them into the test module), and opening, saving and
reading the dialogs.

memory_keyring (tests/conftest.py) is the keyring with room for the secrets; no_keyring
is one that cannot take them.
"""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest

from leaddesk.bootstrap import open_desk
from leaddesk.ui.dialogs import accounts_base
from tests.helpers.keyring_backend import NoKeyring


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def desk(sqlite_url):
    context = open_desk(sqlite_url)
    yield context
    context.close()


def db_bytes(sqlite_url: str) -> bytes:
    """The SQLite database's files (with its journal), as stored."""
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def open_dialog(qtbot, dialog_class, desk, **kwargs):
    """An accounts dialog, shown, once it has read the accounts."""
    dialog = dialog_class(desk, **kwargs)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    return dialog


def new_form(qtbot, form_class, desk):
    """A form for a new account, shown."""
    form = form_class(desk)
    qtbot.addWidget(form)
    form.show()
    return form


def cell(dialog, channel_id: int, column: int):
    """The item of an account's row in an accounts dialog."""
    return dialog.table.item(dialog.row_of(channel_id), column)


def warning_on_save(qtbot, form, monkeypatch) -> str:
    """OK pressed on a filled form whose save fails: the warning it shows."""
    told = []
    monkeypatch.setattr(accounts_base.QMessageBox, "warning",
                        lambda parent, title, text: told.append(text))
    form.ok_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    return told[0]


def name_note_on_save(qtbot, form) -> str:
    """OK pressed on a filled form whose name is taken: the note by the name. OK stays off
    and the form open until another name is typed."""
    form.ok_button.click()
    qtbot.waitUntil(lambda: form.name_note.isVisible(), timeout=5000)
    note = form.name_note.text()
    assert not form.ok_button.isEnabled() and form.isVisible()
    form.name_edit.setText(form.name_edit.text() + " 2")
    assert not form.name_note.isVisible() and form.ok_button.isEnabled()
    return note

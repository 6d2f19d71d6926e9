"""Desk → Change database…: the desk moves to the database chosen, in a new window."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from leaddesk.bootstrap import open_desk
from leaddesk.ui.dialogs import database_dialog
from leaddesk.ui.main_window import MainWindow
from tests.helpers.leads import make_channels


def test_changing_the_database_reopens_the_desk_there(qtbot, tmp_path, empty_desk,
                                                      monkeypatch):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(empty_desk, None, settings, follow_changes=False)
    qtbot.addWidget(window)
    other = open_desk(f"sqlite:///{tmp_path / 'other.db'}")
    make_channels(other.uow_factory)
    asked = []

    def choose(parent, settings, **kwargs):
        asked.append(kwargs)
        return other

    monkeypatch.setattr(database_dialog, "choose_database", choose)
    window.show()
    window.database_action.trigger()
    assert asked
    successor = window.successor
    qtbot.addWidget(successor)
    assert successor.context is other and successor.isVisible()
    assert "other.db" in successor.database_label.text()
    assert not window.isVisible()
    successor.shutdown()
    other.close()


def test_cancelling_the_choice_keeps_the_desk(qtbot, tmp_path, empty_desk, monkeypatch):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(empty_desk, None, settings, follow_changes=False)
    qtbot.addWidget(window)
    monkeypatch.setattr(database_dialog, "choose_database", lambda *a, **k: None)
    window.show()
    window.database_action.trigger()
    assert window.isVisible() and not hasattr(window, "successor")
    window.shutdown()

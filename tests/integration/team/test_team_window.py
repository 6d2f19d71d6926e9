"""The window opened with a person's own team login: it is that person, shows their
leads only, and offers only what their role may do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from leaddesk.ui.app_main import choose_user
from leaddesk.ui.main_window import MainWindow


@pytest.fixture
def open_window(qtbot, tmp_path, team):
    windows = []

    def open_as(who: str) -> MainWindow:
        desk = team.desk(who)
        settings = QSettings(str(tmp_path / f"{who}.ini"), QSettings.Format.IniFormat)
        settings.setValue("desk/user", team.people["sveta"].login)  # last used: ignored
        window = MainWindow(desk, choose_user(desk, settings, None), settings,
                            follow_changes=False)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield open_as
    for window in windows:
        window.shutdown()


def _open(qtbot, window: MainWindow, lead_id: int) -> None:
    window.open_lead(lead_id)
    qtbot.waitUntil(lambda: window.card.card is not None
                    and window.card.card.lead_id == lead_id, timeout=3000)


def _shown_leads(window: MainWindow) -> set[int]:
    return {window.model.lead_id_at(row) for row in range(window.model.rowCount())}


def test_a_manager_is_themselves_sees_their_leads_and_no_setup(qtbot, open_window, team):
    window = open_window("anna")
    assert window.me is not None and window.me.login == team.people["anna"].login
    assert "Анна Смирнова" in window.user_label.text()
    shown_database = window.database_label.text()
    assert team.people["anna"].password not in shown_database and "***" not in shown_database
    assert shown_database.startswith(f"postgresql://{team.people['anna'].login}@127.0.0.1:")
    assert not window.work_as.menuAction().isVisible()  # no working as someone else
    assert _shown_leads(window) == {*team.leads["anna"], *team.leads["pool"]}
    for action in (window.rules_action, window.accounts_action, window.vk_action,
                   window.web_action, window.import_action):
        assert not action.isVisible()
    _open(qtbot, window, team.leads["pool"][0])
    assert window.lead_actions["take"].isEnabled()
    assert not window.lead_actions["assign"].isEnabled()


def test_a_dispatcher_distributes_every_lead_but_sets_nothing_up(qtbot, open_window, team):
    window = open_window("dina")
    every = {*team.leads["anna"], *team.leads["boris"], *team.leads["pool"],
             *team.leads["unassigned"]}
    assert _shown_leads(window) == every
    _open(qtbot, window, team.leads["boris"][0])
    assert window.lead_actions["assign"].isEnabled()
    assert window.lead_actions["reject"].isEnabled()
    assert window.import_action.isVisible()
    assert not window.rules_action.isVisible()


def test_a_supervisor_has_the_setup(open_window):
    window = open_window("sveta")
    for action in (window.rules_action, window.accounts_action, window.web_action):
        assert action.isVisible()

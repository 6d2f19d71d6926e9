"""The window's pages: each read once when shown, set up again when the channels or the
company's zone change, the user's choices kept meanwhile."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from leaddesk.domain.changes import ChangeRecord, ChangeSet
from leaddesk.domain.codes import ChangeKind, Entity
from leaddesk.ui.desk_tabs import DeskTabs
from leaddesk.ui.period_bar import PeriodBar


def counting(monkeypatch, owner, name: str) -> list:
    calls = []
    real = getattr(owner, name)

    def wrapper(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapper)
    return calls


def test_a_page_built_on_showing_reads_once(qtbot, empty_desk, monkeypatch):
    from leaddesk.ui.schedule import schedule_view

    reads = counting(monkeypatch, schedule_view, "load_schedule")
    tabs = DeskTabs(empty_desk, None, QWidget())
    qtbot.addWidget(tabs)
    tabs.show()
    view = tabs.show_page("schedule")
    qtbot.waitSignal(view.loaded, timeout=5000).wait()
    qtbot.wait(200)
    assert len(reads) == 1 and view.follows_changes
    tabs.show_page("inbox")
    with qtbot.waitSignal(view.loaded, timeout=5000):
        tabs.show_page("schedule")  # shown again: read again
    assert len(reads) == 2


def test_a_new_channel_sets_the_reports_up_again(qtbot, empty_desk, monkeypatch):
    loads = counting(monkeypatch, PeriodBar, "load")
    tabs = DeskTabs(empty_desk, None, QWidget())
    qtbot.addWidget(tabs)
    tabs.show()
    view = tabs.show_page("reports")
    qtbot.waitSignal(view.report_shown, timeout=5000).wait()
    assert len(loads) == 1
    with qtbot.waitSignal(view.report_shown, timeout=5000):
        tabs.apply_changes(ChangeSet.of([ChangeRecord(1, Entity.CHANNEL, 1,
                                                      ChangeKind.CREATED)]))
    assert len(loads) == 2


def test_setting_the_bar_up_again_keeps_the_ticks_and_the_dates(qtbot):
    bar = PeriodBar(today=lambda: date(2026, 3, 10))
    qtbot.addWidget(bar)
    bar.set_channels(["email", "vk"])
    bar.set_channel_checked("vk", False)
    bar.apply_preset("7d")
    bar.set_channels(["email", "vk", "webchat"])
    bar.set_today(lambda: date(2026, 3, 10))
    assert bar.chosen_channels() == ("email", "webchat")
    assert (bar.period().start, bar.period().end) == (date(2026, 3, 4), date(2026, 3, 10))
    bar.set_today(lambda: date(2026, 3, 11))  # the zone moved the day: the usual 30 days
    assert (bar.period().start, bar.period().end) == (date(2026, 2, 10), date(2026, 3, 11))


def test_new_leads_count_the_schedules_demand_again_a_while_later(qtbot, empty_desk,
                                                                   monkeypatch):
    from leaddesk.ui import desk_tabs
    from leaddesk.ui.schedule import schedule_view

    monkeypatch.setattr(desk_tabs, "FIGURES_REFRESH_MS", 50)
    counted = counting(monkeypatch, schedule_view, "weekly_coverage")
    tabs = DeskTabs(empty_desk, None, QWidget())
    qtbot.addWidget(tabs)
    tabs.show()
    view = tabs.show_page("schedule")
    qtbot.waitUntil(lambda: len(counted) == 1 and bool(view._demand), timeout=5000)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        tabs.apply_changes(ChangeSet.of([ChangeRecord(1, Entity.USER, 1, ChangeKind.UPDATED)]))
    assert len(counted) == 1  # the schedule read again, the demand kept
    tabs.apply_changes(ChangeSet.of([ChangeRecord(2, Entity.LEAD, 1, ChangeKind.CREATED)]))
    qtbot.waitUntil(lambda: len(counted) == 2, timeout=5000)

"""The duty schedule editor: a supervisor paints, moves and removes shifts by mouse and
keyboard and saves them; changes are never lost silently; others only look."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from leaddesk.bootstrap import open_desk
from leaddesk.domain.codes import Role
from leaddesk.domain.duty import WeeklyShift
from leaddesk.services.demo import fill_demo
from leaddesk.services.demo_schedule import add_demo_schedule
from leaddesk.services.rules import add_user
from leaddesk.services.schedule import load_schedule, save_schedule
from leaddesk.ui.schedule import ScheduleView
from leaddesk.ui.schedule.coverage_view import GAP, GAP_LIGHT, GAP_STRONG, cell_color
from tests.helpers.leads import make_channels

MON, TUE, WED = 0, 1, 2
LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton
NO_KEY = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def desk(sqlite_url):
    context = open_desk(sqlite_url)
    make_channels(context.uow_factory)
    context.mail = next(c.id for c in context.reader.channels() if c.name == "Почта продаж")
    context.anna = add_user(context.uow_factory, "anna", "Анна Котова", Role.MANAGER)
    context.chief = add_user(context.uow_factory, "chief", "Олег Волков", Role.SUPERVISOR)
    yield context
    context.close()


def user(desk, user_id):
    return next(u for u in desk.reader.users() if u.id == user_id)


def open_view(qtbot, desk, me_id, monkeypatch) -> ScheduleView:
    view = ScheduleView(desk, user(desk, me_id))
    qtbot.addWidget(view)
    # closing at the end of a test must not wait for an answer
    monkeypatch.setattr(view, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.resize(1400, 900)
        view.show()
    return view


@pytest.fixture
def view(qtbot, desk, monkeypatch) -> ScheduleView:
    view = open_view(qtbot, desk, desk.chief, monkeypatch)
    view.select_channel(desk.mail)
    view.select_person(desk.anna)
    return view


def drag(grid, day0, minute0, day1, minute1, button=LEFT):
    start, end = grid.cell_center(day0, minute0).toPoint(), grid.cell_center(day1, minute1)
    QTest.mousePress(grid, button, NO_KEY, start)
    QTest.mouseMove(grid, end.toPoint())
    QTest.mouseRelease(grid, button, NO_KEY, end.toPoint())


def save(qtbot, view) -> list[WeeklyShift]:
    with qtbot.waitSignal(view.saved, timeout=5000):
        view.save_button.click()
    return sorted(load_schedule(view.context.reader).shifts,
                  key=lambda s: (s.weekday, s.start_minute))


def test_a_shift_painted_by_mouse_is_in_the_saved_schedule(qtbot, view, desk):
    assert not view.save_button.isEnabled()
    drag(view.grid, MON, 9 * 60, MON, 12 * 60 + 30)  # the 12:30 cell is the last one
    assert view.has_unsaved_changes() and view.save_button.isEnabled()
    assert save(qtbot, view) == [WeeklyShift(desk.anna, desk.mail, MON, 9 * 60, 13 * 60)]
    assert not view.has_unsaved_changes()


def test_dragging_down_repeats_the_hours_on_each_day(qtbot, view, desk):
    drag(view.grid, MON, 10 * 60, WED, 17 * 60 + 30)
    assert save(qtbot, view) == [WeeklyShift(desk.anna, desk.mail, d, 10 * 60, 18 * 60)
                                 for d in (MON, TUE, WED)]


def test_a_shift_moves_stretches_over_midnight_and_goes_with_a_right_click(qtbot, view, desk):
    grid = view.grid
    drag(grid, MON, 9 * 60, MON, 12 * 60 + 30)  # 9:00-13:00
    drag(grid, MON, 11 * 60, TUE, 11 * 60)  # the body, a day later
    assert view.draft.shifts == [WeeklyShift(desk.anna, desk.mail, TUE, 9 * 60, 13 * 60)]
    drag(grid, TUE, 13 * 60, TUE, 22 * 60)  # the end edge, to 22:00
    assert view.draft.shifts == [WeeklyShift(desk.anna, desk.mail, TUE, 9 * 60, 22 * 60)]
    drag(grid, TUE, 22 * 60, WED, 2 * 60)  # on into Wednesday night
    assert view.draft.shifts == [WeeklyShift(desk.anna, desk.mail, TUE, 9 * 60, 2 * 60)]
    drag(grid, WED, 60, WED, 60, button=RIGHT)  # the part shown on Wednesday
    assert view.draft.shifts == []


def test_the_keyboard_paints_erases_and_removes(qtbot, view, desk):
    grid = view.grid
    grid.setFocus()
    grid.cursor = grid.anchor = (MON, 18)  # Monday 9:00
    QTest.keyClick(grid, Qt.Key.Key_Down)  # Tuesday
    for _ in range(3):
        QTest.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(grid, Qt.Key.Key_Space)
    assert view.draft.shifts == [WeeklyShift(desk.anna, desk.mail, TUE, 9 * 60, 11 * 60)]
    QTest.keyClick(grid, Qt.Key.Key_Left)  # one cell: 10:00-10:30, inside the shift
    QTest.keyClick(grid, Qt.Key.Key_Return)  # erased: the shift splits
    assert view.draft.shifts == [WeeklyShift(desk.anna, desk.mail, TUE, 9 * 60, 10 * 60),
                                 WeeklyShift(desk.anna, desk.mail, TUE, 10 * 60 + 30, 11 * 60)]
    QTest.keyClick(grid, Qt.Key.Key_Left)
    QTest.keyClick(grid, Qt.Key.Key_Delete)  # the shift under the cursor goes whole
    assert save(qtbot, view) == [WeeklyShift(desk.anna, desk.mail, TUE, 10 * 60 + 30, 11 * 60)]


def test_discard_brings_back_the_saved_schedule(qtbot, view, desk, monkeypatch):
    drag(view.grid, MON, 9 * 60, MON, 10 * 60)
    asked = []
    monkeypatch.setattr(view, "ask_discard", lambda: asked.append(True) or True)
    view.discard_button.click()
    assert asked and view.draft.shifts == [] and not view.has_unsaved_changes()


def test_leaving_with_unsaved_changes_asks_and_can_save_or_stay(qtbot, view, desk,
                                                                 monkeypatch):
    drag(view.grid, MON, 9 * 60, MON, 10 * 60)
    monkeypatch.setattr(view, "ask_unsaved", lambda: QMessageBox.StandardButton.Cancel)
    assert not view.confirm_leave() and view.has_unsaved_changes()
    monkeypatch.setattr(view, "ask_unsaved", lambda: QMessageBox.StandardButton.Save)
    assert view.confirm_leave()
    assert load_schedule(desk.reader).shifts == (
        WeeklyShift(desk.anna, desk.mail, MON, 9 * 60, 10 * 60 + 30),)


def test_an_exception_added_and_a_zone_chosen_are_saved(qtbot, view, desk, monkeypatch):
    view.toolbar.zone_box.setCurrentText("Europe/Berlin")
    view.toolbar.zone_box.lineEdit().editingFinished.emit()
    dialogs = []

    def fill(exception):
        dialog = type(view.exceptions).make_dialog(view.exceptions, exception)
        dialog.person_box.setCurrentIndex(dialog.person_box.findData(desk.anna))
        dialog.note_edit.setText("Отпуск")
        dialog.exec = lambda: 1
        dialogs.append(dialog)
        return dialog

    monkeypatch.setattr(view.exceptions, "make_dialog", fill)
    view.exceptions.add_button.click()
    assert view.exceptions.table.rowCount() == 1
    with qtbot.waitSignal(view.saved, timeout=5000):
        view.save_button.click()
    saved = load_schedule(desk.reader)
    assert saved.zone_name == "Europe/Berlin"
    assert [(e.user_id, e.note) for e in saved.exceptions] == [(desk.anna, "Отпуск")]


def test_a_manager_sees_the_schedule_read_only_and_is_told_why(qtbot, desk, monkeypatch):
    save_schedule(desk.uow_factory, desk.chief,
                  [WeeklyShift(desk.anna, desk.mail, MON, 9 * 60, 18 * 60)], [], "Europe/Moscow")
    view = open_view(qtbot, desk, desk.anna, monkeypatch)
    view.select_channel(desk.mail)
    assert "only a supervisor" in view.notice.text()
    assert not view.save_button.isVisible() and not view.exceptions.add_button.isEnabled()
    drag(view.grid, TUE, 9 * 60, TUE, 12 * 60)
    drag(view.grid, MON, 10 * 60, MON, 10 * 60, button=RIGHT)
    assert not view.has_unsaved_changes()
    assert len(view.draft.shifts) == 1


def test_the_demo_schedule_shows_the_evening_gap_in_red(qtbot, sqlite_url, monkeypatch):
    desk = open_desk(sqlite_url)
    try:
        fill_demo(desk.open_bulk_loader(), leads=8000, seed=1, now=datetime.now(UTC),
                  zone=ZoneInfo("Europe/Moscow"))
        assert add_demo_schedule(desk.uow_factory, desk.reader)
        view = open_view(qtbot, desk, 8, monkeypatch)  # the demo's supervisor
        vk = 2
        view.select_channel(vk)
        qtbot.waitUntil(lambda: len(view.coverage.map.cells) == 168, timeout=5000)
        gaps = {(c.weekday, c.hour): c for c in view.coverage.map.gap_cells()}
        assert (MON, 22) in gaps and (MON, 12) not in gaps  # the evening shift ends at 21
        assert cell_color(gaps[MON, 22]) in (GAP_LIGHT, GAP, GAP_STRONG)
        busy_evening = max((gaps[d, 21] for d in range(5)), key=lambda c: c.demand)
        assert busy_evening.demand >= 1 and cell_color(busy_evening) in (GAP, GAP_STRONG)
        assert "nobody on duty" in view.coverage.summary.text()
        view.replay.replay()
        qtbot.waitUntil(lambda: view.replay.results is not None, timeout=10000)
        assert view.replay.results[vk].uncovered > 0
        assert "would have arrived with nobody on duty" in view.replay.output.text()
    finally:
        desk.close()


def test_the_status_bar_says_who_is_on_duty_and_shows_nobody_in_red(qtbot, desk):
    from leaddesk.ui.on_duty_label import NOBODY_COLOR, OnDutyLabel

    now = datetime.now(UTC)
    local = now.astimezone(ZoneInfo("Europe/Moscow"))
    here = local.hour * 60 + local.minute
    save_schedule(desk.uow_factory, desk.chief, [  # Anna is on the mail right now
        WeeklyShift(desk.anna, desk.mail, local.weekday(), here, (here + 90) % 1440)],
        [], "Europe/Moscow")
    label = OnDutyLabel(desk)
    qtbot.addWidget(label)
    qtbot.waitUntil(lambda: "On duty:" in label.text(), timeout=5000)
    assert "Email — Котова" in label.text()
    save_schedule(desk.uow_factory, desk.chief, [
        WeeklyShift(desk.anna, desk.mail, (local.weekday() + 3) % 7, 600, 660)], [],
        "Europe/Moscow")
    label.refresh()
    qtbot.waitUntil(lambda: NOBODY_COLOR in label.text(), timeout=5000)
    assert "Котова" not in label.text()


def test_saving_on_leaving_runs_off_the_gui_thread(qtbot, view, desk, monkeypatch):
    import threading

    from leaddesk.ui.schedule import schedule_view

    threads = []

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return save_schedule(*args, **kwargs)

    monkeypatch.setattr(schedule_view, "save_schedule", recording)
    drag(view.grid, MON, 9 * 60, MON, 10 * 60)
    assert view.save_now() and not view.has_unsaved_changes()
    assert threads and threads[0] is not threading.main_thread()  # a new zone takes long


def test_the_usual_demand_is_counted_once_across_reloads(qtbot, view, desk, monkeypatch):
    from leaddesk.ui.schedule import schedule_view

    counted = []
    real = schedule_view.weekly_coverage

    def counting(reader, channel_id, today, weeks):
        counted.append(channel_id)
        return real(reader, channel_id, today, weeks)

    qtbot.waitUntil(lambda: desk.mail in view._demand, timeout=5000)
    monkeypatch.setattr(schedule_view, "weekly_coverage", counting)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.refresh()
    assert counted == []  # the schedule read again; the leads' demand did not change
    view.refresh_demand()  # new leads arrived
    qtbot.waitUntil(lambda: desk.mail in view._demand, timeout=5000)
    assert counted == [desk.mail]


def test_a_view_following_the_change_log_leaves_reading_again_to_it(qtbot, desk,
                                                                    monkeypatch):
    view = ScheduleView(desk, user(desk, desk.chief), follows_changes=True)
    qtbot.addWidget(view)
    monkeypatch.setattr(view, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.show()
    view.select_channel(desk.mail)
    view.select_person(desk.anna)
    loads = []
    view.loaded.connect(lambda: loads.append(True))
    drag(view.grid, MON, 9 * 60, MON, 10 * 60)
    save(qtbot, view)
    qtbot.wait(200)
    assert loads == [] and not view.has_unsaved_changes()

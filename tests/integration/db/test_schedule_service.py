"""The duty schedule saved and read back, on SQLite and PostgreSQL, as the desk uses it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from leaddesk.bootstrap import open_desk
from leaddesk.domain.assignment import AssignmentMode, AssignmentRule
from leaddesk.domain.codes import Role
from leaddesk.domain.duty import DutyException, ExceptionKind, WeeklyShift
from leaddesk.services.coverage import ReplayResult, replay_draft, weekly_coverage
from leaddesk.services.demo_schedule import add_demo_schedule
from leaddesk.services.intake import InboundRequest, record_inbound_lead
from leaddesk.services.rules import add_user, set_channel_workflow
from leaddesk.services.schedule import (
    ScheduleInvalid,
    load_schedule,
    on_duty_now,
    save_schedule,
)
from leaddesk.services.workflow_errors import NotAllowed
from tests.helpers.leads import BASE, add_lead, make_channels

MON, TUE, SUN = 0, 1, 6


@pytest.fixture
def desk(db_url):
    context = open_desk(db_url)
    make_channels(context.uow_factory)
    channels = {c.name: c.id for c in context.reader.channels()}
    context.mail, context.vk = channels["Почта продаж"], channels["ВКонтакте"]
    context.chat = channels["Чат на сайте"]
    context.anna = add_user(context.uow_factory, "anna", "Анна Котова", Role.MANAGER)
    context.boris = add_user(context.uow_factory, "boris", "Борис Лавров", Role.DISPATCHER)
    context.chief = add_user(context.uow_factory, "chief", "Олег Волков", Role.SUPERVISOR)
    yield context
    context.close()


def office(desk) -> list[WeeklyShift]:
    return [WeeklyShift(desk.anna, desk.mail, MON, 9 * 60, 13 * 60),
            WeeklyShift(desk.anna, desk.mail, MON, 14 * 60, 18 * 60),
            WeeklyShift(desk.boris, desk.vk, SUN, 22 * 60, 2 * 60)]


def vacation(desk) -> DutyException:
    """Anna's week off, Monday 9 to Sunday 15 November 2026 in Moscow."""
    return DutyException(ExceptionKind.ABSENCE, datetime(2026, 11, 8, 21, tzinfo=UTC),
                         datetime(2026, 11, 15, 21, tzinfo=UTC), desk.anna, None, "Отпуск")


def test_a_saved_schedule_reads_back_whole_and_a_second_save_replaces_it(desk):
    holiday = DutyException(ExceptionKind.HOLIDAY, datetime(2026, 12, 31, 21, tzinfo=UTC),
                            datetime(2027, 1, 1, 21, tzinfo=UTC))
    save_schedule(desk.uow_factory, desk.chief, office(desk), [vacation(desk), holiday],
                  "Europe/Berlin")
    saved = load_schedule(desk.reader)
    assert sorted(saved.shifts, key=lambda s: (s.channel_id, s.start_minute)) == office(desk)
    assert saved.exceptions == (vacation(desk), holiday)  # note, everybody, all channels kept
    assert saved.zone_name == "Europe/Berlin"
    assert {p.login for p in saved.people} == {"anna", "boris", "chief"}
    assert len(saved.channels) == 3

    save_schedule(desk.uow_factory, desk.chief, office(desk)[:1], [], "Europe/Berlin")
    again = load_schedule(desk.reader)
    assert (len(again.shifts), again.exceptions) == (1, ())


def test_the_saved_schedule_drives_assignment_at_once(desk):
    set_channel_workflow(desk.uow_factory, desk.mail,
                         AssignmentRule(AssignmentMode.FIXED, user_id=desk.anna), 3600, False)
    save_schedule(desk.uow_factory, desk.chief, office(desk), [], "Europe/Moscow")
    # Monday 2 November 2026, 20:00 in Moscow: Anna's office hours are over
    late = record_inbound_lead(desk.uow_factory, InboundRequest(
        channel_name="Почта продаж", received_at=BASE.replace(hour=17), text="Добрый вечер",
        contact_name="Покупатель"), now=BASE.replace(hour=17))
    assert desk.reader.lead_card(late).unstaffed
    on_time = record_inbound_lead(desk.uow_factory, InboundRequest(
        channel_name="Почта продаж", received_at=BASE, text="Добрый день",
        contact_name="Покупатель"), now=BASE)  # 12:00 in Moscow: Anna gets it
    assert desk.reader.lead_card(on_time).assignee_id == desk.anna


def test_only_a_supervisor_may_save_and_a_refusal_changes_nothing(desk):
    save_schedule(desk.uow_factory, desk.chief, office(desk), [], "Europe/Moscow")
    with pytest.raises(NotAllowed) as refused:
        save_schedule(desk.uow_factory, desk.anna, [], [], "Europe/Moscow")
    assert refused.value.code == "not_supervisor"
    assert len(load_schedule(desk.reader).shifts) == 3


def test_a_wrong_schedule_is_refused_item_by_item_and_nothing_is_saved(desk):
    save_schedule(desk.uow_factory, desk.chief, office(desk), [], "Europe/Moscow")
    bad_shifts = [WeeklyShift(desk.anna, desk.mail, MON, 9 * 60, 18 * 60),
                  WeeklyShift(desk.anna, desk.mail, TUE, 600, 600),
                  WeeklyShift(desk.anna, desk.mail, 7, 60, 1440)]
    backwards = DutyException(ExceptionKind.ABSENCE, datetime(2026, 11, 9, tzinfo=UTC),
                              datetime(2026, 11, 8, tzinfo=UTC), desk.anna)
    with pytest.raises(ScheduleInvalid) as refused:
        save_schedule(desk.uow_factory, desk.chief, bad_shifts, [backwards], "Mars/Olympus")
    assert [(p.code, p.item, p.index) for p in refused.value.problems] == [
        ("empty", "shift", 1), ("weekday", "shift", 2), ("minutes", "shift", 2),
        ("period", "exception", 0), ("zone", "zone", -1)]
    assert str(refused.value).startswith("shift 2: the shift starts where it ends; ")
    assert len(load_schedule(desk.reader).shifts) == 3


def test_who_is_on_duty_now_per_channel(desk):
    save_schedule(desk.uow_factory, desk.chief, office(desk), [vacation(desk)], "Europe/Moscow")
    monday_ten = datetime(2026, 11, 2, 7, 0, tzinfo=UTC)  # 10:00 in Moscow
    now = {d.channel_name: d for d in on_duty_now(desk.reader, monday_ten)}
    assert now["Почта продаж"].names == ["Анна Котова"]
    assert now["ВКонтакте"].names == [] and now["ВКонтакте"].has_schedule
    assert not now["Чат на сайте"].has_schedule  # everyone gets its leads
    on_vacation = {d.channel_name: d for d in
                   on_duty_now(desk.reader, monday_ten + timedelta(days=7))}
    assert on_vacation["Почта продаж"].names == []


def test_coverage_against_last_weeks_demand_and_a_replay_of_a_draft(desk):
    for n in range(6):  # Monday 2 November 12:00-12:05 in Moscow
        add_lead(desk.uow_factory, n)
    for n in range(2):  # Monday 2 November 19:00 in Moscow
        add_lead(desk.uow_factory, n + 10, minutes=7 * 60)
    today = BASE.date() + timedelta(days=7)
    save_schedule(desk.uow_factory, desk.chief, office(desk), [], "Europe/Moscow")

    cells = {(c.weekday, c.hour): c for c in weekly_coverage(desk.reader, desk.mail, today, 1)}
    assert (cells[MON, 12].demand, cells[MON, 12].on_duty, cells[MON, 12].gap) == (6, 1, False)
    assert (cells[MON, 19].demand, cells[MON, 19].gap) == (2, True)
    halved = {(c.weekday, c.hour): c for c in weekly_coverage(desk.reader, desk.mail, today)}
    assert halved[MON, 12].demand == 6 / 4  # the average of four weeks
    draft = [WeeklyShift(desk.boris, desk.mail, MON, 18 * 60, 20 * 60)]
    drafted = weekly_coverage(desk.reader, desk.mail, today, 1, shifts=draft)
    assert [c.hour for c in drafted if c.weekday == MON and c.on_duty] == [18, 19]

    saved = load_schedule(desk.reader)
    assert replay_draft(desk.reader, saved.shifts, saved.exceptions, BASE.date(), today) == {
        desk.mail: ReplayResult(8, 2)}
    assert replay_draft(desk.reader, draft, [], BASE.date(), today) == {
        desk.mail: ReplayResult(8, 6)}
    assert replay_draft(desk.reader, draft, [], today, today + timedelta(days=7)) == {}


def test_the_demo_schedule_fills_an_empty_schedule_once_with_an_evening_gap(desk):
    for n in range(4, 9):  # the demo's people are ids 1..8
        add_user(desk.uow_factory, f"user{n}", f"Сотрудник {n}", Role.MANAGER)
    assert add_demo_schedule(desk.uow_factory, desk.reader, now=BASE)
    schedule = load_schedule(desk.reader)
    assert {s.channel_id for s in schedule.shifts} == {desk.mail, desk.vk, desk.chat}
    assert any(s.end_minute < s.start_minute for s in schedule.shifts)  # over midnight
    assert [e.kind for e in schedule.exceptions] == [ExceptionKind.ABSENCE]
    vk = {(c.weekday, c.hour): c.on_duty for c in weekly_coverage(
        desk.reader, desk.vk, BASE.date())}
    assert vk[MON, 20] >= 1 and vk[MON, 21] == 0  # the evening shift ends at 21:00
    assert vk[MON, 9] >= 1 and vk[SUN, 13] >= 1
    assert not add_demo_schedule(desk.uow_factory, desk.reader, now=BASE)  # never twice
    assert len(load_schedule(desk.reader).shifts) == len(schedule.shifts)

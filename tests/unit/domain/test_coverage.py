"""Coverage of the week by duty, and the replay of past leads against a roster."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from leaddesk.domain.coverage import ReplayResult, coverage_grid, replay
from leaddesk.domain.duty import DutyException, DutyRoster, ExceptionKind, WeeklyShift

MOSCOW = ZoneInfo("Europe/Moscow")
BERLIN = ZoneInfo("Europe/Berlin")
MAIL, CHAT = 1, 2
ANNA, BORIS = 10, 11
MON, TUE, SUN = 0, 1, 6


def minutes(text: str) -> int:
    hours, mins = text.split(":")
    return int(hours) * 60 + int(mins)


def shift(user: int, day: int, start: str, end: str, channel: int = MAIL) -> WeeklyShift:
    return WeeklyShift(user, channel, day, minutes(start), minutes(end))


def cell(cells, day: int, hour: int):
    found = [c for c in cells if (c.weekday, c.hour) == (day, hour)]
    assert len(found) == 1
    return found[0]


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_the_grid_has_every_hour_of_the_week_once_monday_first():
    cells = coverage_grid([shift(ANNA, MON, "09:00", "18:00")], MAIL)
    assert len(cells) == 168
    assert [(c.weekday, c.hour) for c in cells[:2]] == [(0, 0), (0, 1)]
    assert (cells[-1].weekday, cells[-1].hour) == (6, 23)


def test_a_lunch_break_in_a_split_shift_is_a_gap_when_leads_come_then():
    shifts = [shift(ANNA, MON, "09:00", "13:00"), shift(ANNA, MON, "14:00", "18:00")]
    cells = coverage_grid(shifts, MAIL, [ANNA], {(MON, 13): 4.5, (MON, 12): 3.0})
    lunch, before = cell(cells, MON, 13), cell(cells, MON, 12)
    assert (lunch.on_duty, lunch.demand, lunch.gap) == (0, 4.5, True)
    assert (before.on_duty, before.gap) == (1, False)
    assert cell(cells, MON, 14).on_duty == 1
    # no demand at night: nobody on duty is no gap
    assert not cell(cells, MON, 3).gap


def test_an_hour_counts_only_who_is_there_at_every_quarter():
    shifts = [shift(ANNA, MON, "09:15", "17:45"), shift(BORIS, MON, "09:00", "10:00")]
    cells = coverage_grid(shifts, MAIL, None, {(MON, 9): 1.0, (MON, 17): 2.0})
    assert cell(cells, MON, 9).on_duty == 1  # Anna arrives at 9:15: only Boris all hour
    assert cell(cells, MON, 10).on_duty == 1
    late = cell(cells, MON, 17)
    assert (late.on_duty, late.gap) == (0, True)  # Anna leaves at 17:45


def test_two_people_count_twice_one_person_twice_on_the_rota_counts_once():
    shifts = [shift(ANNA, TUE, "09:00", "12:00"), shift(ANNA, TUE, "10:00", "11:00"),
              shift(BORIS, TUE, "10:00", "12:00")]
    cells = coverage_grid(shifts, MAIL)
    assert [cell(cells, TUE, h).on_duty for h in (9, 10, 11, 12)] == [1, 2, 2, 0]


def test_a_sunday_night_shift_covers_monday_morning():
    cells = coverage_grid([shift(ANNA, SUN, "22:00", "02:00")], MAIL, [ANNA],
                          {(MON, 2): 1.0})
    covered = [(c.weekday, c.hour) for c in cells if c.on_duty]
    assert covered == [(MON, 0), (MON, 1), (SUN, 22), (SUN, 23)]
    assert cell(cells, MON, 2).gap


def test_a_channel_without_shifts_says_no_schedule_instead_of_showing_gaps():
    cells = coverage_grid([shift(ANNA, MON, "09:00", "18:00", channel=CHAT)], MAIL, None,
                          {(MON, 10): 5.0})
    assert all(not c.scheduled and not c.gap and c.on_duty == 0 for c in cells)
    assert cell(cells, MON, 10).demand == 5.0
    assert all(c.scheduled for c in coverage_grid(
        [shift(ANNA, MON, "09:00", "18:00", channel=CHAT)], CHAT))


def test_only_the_people_asked_about_count():
    shifts = [shift(ANNA, MON, "09:00", "18:00"), shift(BORIS, MON, "09:00", "18:00")]
    cells = coverage_grid(shifts, MAIL, [BORIS], {(MON, 10): 1.0})
    assert cell(cells, MON, 10).on_duty == 1
    cells = coverage_grid(shifts, MAIL, [], {(MON, 10): 1.0})
    assert cell(cells, MON, 10).gap  # the channel has a schedule, but nobody active


# the replay

def test_replay_counts_leads_that_met_nobody_in_moscow_time():
    roster = DutyRoster([shift(ANNA, MON, "09:00", "18:00")], [], MOSCOW)
    arrivals = [
        (MAIL, utc(2024, 3, 4, 6, 30), 3),  # Monday 9:30 in Moscow: Anna is there
        (MAIL, utc(2024, 3, 4, 5, 59), 2),  # 8:59: not yet
        (MAIL, utc(2024, 3, 4, 15, 0), 1),  # 18:00: gone
        (MAIL, utc(2024, 3, 4, 14, 59), 4),  # 17:59: still there
    ]
    assert replay(arrivals, roster) == {MAIL: ReplayResult(10, 3)}


def test_replay_honours_a_vacation_an_extra_duty_and_a_holiday():
    weekly = [shift(ANNA, MON, "09:00", "18:00"), shift(BORIS, MON, "09:00", "18:00")]
    exceptions = [
        # Anna's vacation the week of 4 March; Boris still works on that Monday
        DutyException(ExceptionKind.ABSENCE, utc(2024, 3, 3, 21), utc(2024, 3, 10, 21), ANNA),
        # a public holiday on Monday 11 March: nobody's weekly duty
        DutyException(ExceptionKind.HOLIDAY, utc(2024, 3, 10, 21), utc(2024, 3, 11, 21)),
        # ...but Boris takes the mail from 10:00 to 12:00 that day
        DutyException(ExceptionKind.EXTRA, utc(2024, 3, 11, 7), utc(2024, 3, 11, 9),
                      BORIS, MAIL, "дежурство в праздник"),
    ]
    roster = DutyRoster(weekly, exceptions, MOSCOW)
    arrivals = [
        (MAIL, utc(2024, 3, 4, 7, 0), 5),  # vacation week, Boris is on: covered
        (MAIL, utc(2024, 3, 11, 6, 30), 2),  # the holiday at 9:30: nobody
        (MAIL, utc(2024, 3, 11, 7, 30), 3),  # the holiday at 10:30: Boris's extra duty
        (MAIL, utc(2024, 3, 11, 10, 0), 1),  # the holiday at 13:00: nobody
    ]
    assert replay(arrivals, roster) == {MAIL: ReplayResult(11, 3)}

    only_anna = DutyRoster([shift(ANNA, MON, "09:00", "18:00")], exceptions[:1], MOSCOW)
    assert replay(arrivals[:1], only_anna) == {MAIL: ReplayResult(5, 5)}


def test_replay_follows_the_clock_change_in_a_dst_zone():
    # Sunday 9:00-10:00 in Berlin. 31 March 2024 the clocks go forward at 2:00.
    roster = DutyRoster([shift(ANNA, SUN, "09:00", "10:00")], [], BERLIN)
    winter = (MAIL, utc(2024, 3, 24, 8, 30), 1)  # 9:30 CET: on duty
    summer_same_utc = (MAIL, utc(2024, 3, 31, 8, 30), 2)  # 10:30 CEST: gone
    summer = (MAIL, utc(2024, 3, 31, 7, 30), 4)  # 9:30 CEST: on duty
    assert replay([winter, summer_same_utc, summer], roster) == {MAIL: ReplayResult(7, 2)}


def test_replay_of_an_overnight_shift_from_sunday_into_monday():
    roster = DutyRoster([shift(ANNA, SUN, "22:00", "02:00", channel=CHAT)], [], MOSCOW)
    arrivals = [(CHAT, utc(2024, 3, 10, 22, 30), 1),  # Monday 1:30 Moscow
                (CHAT, utc(2024, 3, 10, 23, 0), 1)]  # Monday 2:00: the shift is over
    assert replay(arrivals, roster) == {CHAT: ReplayResult(2, 1)}


def test_a_channel_without_schedule_has_no_uncovered_leads_and_says_so():
    roster = DutyRoster([shift(ANNA, MON, "09:00", "10:00")], [], MOSCOW)
    result = replay([(CHAT, utc(2024, 3, 4, 20, 0), 6)], roster, [ANNA])
    assert result == {CHAT: ReplayResult(6, 0, scheduled=False)}


def test_replay_agrees_with_the_roster_minute_by_minute():
    weekly = [shift(ANNA, MON, "09:10", "12:50"), shift(BORIS, SUN, "23:00", "01:30"),
              shift(ANNA, TUE, "13:00", "13:00")]
    roster = DutyRoster(weekly, [], MOSCOW)
    start = utc(2024, 3, 3, 19, 0)
    arrivals = [(MAIL, datetime.fromtimestamp(start.timestamp() + 60 * m, UTC), 1)
                for m in range(0, 3 * 24 * 60, 7)]
    expected = sum(1 for _c, at, _n in arrivals if not roster.who(MAIL, [ANNA, BORIS], at))
    assert replay(arrivals, roster, [ANNA, BORIS])[MAIL].uncovered == expected

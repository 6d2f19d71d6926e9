"""Where a lead counts: response-time bins, local days and hours, late answers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from leaddesk.domain.rollup import LeadFacts, cells_of, response_bin
from leaddesk.services.analytics import percentile

YEKATERINBURG = ZoneInfo("Asia/Yekaterinburg")  # UTC+5


@pytest.mark.parametrize(("seconds", "upto"), [
    (0, 10), (1, 10), (10, 10), (11, 20), (120, 120), (121, 130), (600, 600),
    (601, 660), (3600, 3600), (3601, 4500), (86_400, 86_400), (86_401, 90_000),
])
def test_a_response_time_falls_in_the_bin_it_closes(seconds, upto):
    assert response_bin(seconds) == upto


def _facts(received: datetime, answered_after: int | None, due_after: int = 120,
           status: str = "in_progress") -> LeadFacts:
    first = None if answered_after is None else received + timedelta(seconds=answered_after)
    return LeadFacts(3, "webchat", None, status, 7, None, received, first,
                     received + timedelta(seconds=due_after))


def test_a_lead_just_after_utc_evening_counts_on_the_next_local_day():
    received = datetime(2026, 11, 24, 19, 30, tzinfo=UTC)  # 00:30 on the 25th in UTC+5
    cells = cells_of(_facts(received, None), YEKATERINBURG)
    day = cells.people_key[0]
    assert datetime(1970, 1, 1).date() + timedelta(days=day) == datetime(2026, 11, 25).date()
    assert cells.lead_extra == ("webchat", 0, 2)  # 00 h, a Wednesday
    assert cells.response_key is None
    assert cells.lead_values == (1, 0, 0)


def test_an_answer_exactly_at_the_deadline_is_in_time_and_one_second_later_is_late():
    received = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
    on_time = cells_of(_facts(received, 120), YEKATERINBURG)
    late = cells_of(_facts(received, 121), YEKATERINBURG)
    assert on_time.lead_values == (1, 1, 120)
    assert on_time.people_values == (1, 1, 1)
    assert late.lead_values == (1, 1, 121)
    assert late.people_values == (1, 1, 0)
    assert late.response_key[2] == 130


def test_percentiles_are_nearest_rank_over_the_bins():
    bins = [(10, 2), (30, 1), (600, 1)]  # four answers
    assert percentile(bins, 0.5) == 10  # rank 2
    assert percentile(bins, 0.75) == 30  # rank 3
    assert percentile(bins, 0.9) == 600  # rank ceil(3.6) = 4
    assert percentile([], 0.5) is None

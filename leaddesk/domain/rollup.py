"""Where a lead counts in the rollups that charts and reports read.

Reports over any period must not scan a million leads, so three small tables are kept in
step with the leads, in the same transaction as every change:

* ``lead_rollup``: leads per local hour × channel × source × status, with how many were
  answered and the sum of their first-response seconds (peak hours, heatmap, the
  schedule's coverage demand);
* ``response_rollup``: answered leads per local day × channel × response-time bin (the
  response-time distribution, its median and 90th percentile);
* ``people_rollup``: leads per local day × channel × source × assignee × status × reject
  reason, with answered and answered-in-time counts (the day-level reports: states,
  unanswered and late shares, conversion, funnel, leaderboard, rejection reasons);
* ``deal_rollup``: won deals and their money (in kopecks) per local day of their lead's
  arrival × channel × source × the lead's assignee (conversion, funnel, leaderboard).

A lead counts in exactly one cell of each table (``response_rollup`` only once answered).
When a lead changes, its old cells lose one and its new cells gain one: ``cells_of``
describes both sides, so every writer (arrival, workflow, rebuild) agrees on the cells.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

EPOCH_DAY = date(1970, 1, 1).toordinal()
NOBODY = 0  # assignee / reason key of a lead without one

# Response-time bins get wider with time: (below this many seconds, step).
_BIN_STEPS = ((600, 10), (3600, 60), (86_400, 900))
_LONG_STEP = 3600


def response_bin(seconds: int) -> int:
    """The upper edge of the bin a response time falls in: a time of exactly an edge
    belongs to the bin it closes (30 s -> 30, 31 s -> 40).

    Steps: 10 s up to 10 min, 1 min up to 1 h, 15 min up to 24 h, 1 h beyond.
    """
    seconds = max(0, int(seconds))
    for limit, step in _BIN_STEPS:
        if seconds <= limit:
            return max(step, -(-seconds // step) * step)
    return -(-seconds // _LONG_STEP) * _LONG_STEP


def day_number(day: date) -> int:
    return day.toordinal() - EPOCH_DAY


def hour_number(moment: datetime, zone: ZoneInfo) -> int:
    """The company-local wall-clock hour of ``moment``, counted from 1970-01-01 00:00 local:
    day boundaries of any zone (half-hour offsets too) fall on whole numbers, and the hour
    of the day is ``n % 24``. In a clock change the repeated hour shares one number."""
    local = moment.astimezone(zone)
    return (local.date().toordinal() - EPOCH_DAY) * 24 + local.hour


@dataclass(frozen=True, slots=True)
class LeadFacts:
    """What of a lead the rollups count."""

    channel_id: int
    channel_kind: str
    source: str | None
    status: str
    assignee_id: int | None
    reject_reason_id: int | None
    received_at: datetime
    first_response_at: datetime | None
    sla_due_at: datetime | None

    @property
    def response_seconds(self) -> int | None:
        if self.first_response_at is None:
            return None
        return max(0, int((self.first_response_at - self.received_at).total_seconds()))

    @property
    def late(self) -> bool:
        """Answered after the deadline its channel gave it on arrival."""
        return (self.first_response_at is not None and self.sla_due_at is not None
                and self.first_response_at > self.sla_due_at)


@dataclass(frozen=True, slots=True)
class RollupCells:
    """The cells one lead counts in, with its contribution to each."""

    lead_key: tuple  # (local hour number, channel_id, source, status)
    lead_extra: tuple  # (channel_kind, local_hour, local_weekday)
    lead_values: tuple  # (leads, answered, response_seconds)
    response_key: tuple | None  # (day, channel_id, upto_seconds)
    people_key: tuple  # (day, channel_id, source, assignee_id, status, reason_id)
    people_values: tuple  # (leads, answered, in_sla)


def deal_cell(lead: LeadFacts, stage: str, amount: Decimal,
              zone: ZoneInfo) -> tuple[tuple, int] | None:
    """(key (day, channel_id, source, assignee_id), money in kopecks) of a won deal, counted
    with its lead; None for an open or lost deal."""
    if stage != "won":
        return None
    day = lead.received_at.astimezone(zone).date().toordinal() - EPOCH_DAY
    kopecks = int((Decimal(str(amount)) * 100).to_integral_value(ROUND_HALF_UP))
    return (day, lead.channel_id, lead.source or "", lead.assignee_id or NOBODY), kopecks


def cells_of(facts: LeadFacts, zone: ZoneInfo) -> RollupCells:
    local = facts.received_at.astimezone(zone)
    day = local.date().toordinal() - EPOCH_DAY
    seconds = facts.response_seconds
    answered = 0 if seconds is None else 1
    late = 1 if facts.late else 0
    return RollupCells(
        lead_key=(day * 24 + local.hour, facts.channel_id, facts.source or "", facts.status),
        lead_extra=(facts.channel_kind, local.hour, local.weekday()),
        lead_values=(1, answered, seconds or 0),
        response_key=None if seconds is None else (day, facts.channel_id,
                                                   response_bin(seconds)),
        people_key=(day, facts.channel_id, facts.source or "", facts.assignee_id or NOBODY,
                    facts.status, facts.reject_reason_id or NOBODY),
        people_values=(1, answered, answered - late),
    )


# The lead fields the rollups count (all of them fields of ``LeadFacts``).
COUNTED_FIELDS = ("status", "assignee_id", "reject_reason_id", "first_response_at",
                  "sla_due_at")

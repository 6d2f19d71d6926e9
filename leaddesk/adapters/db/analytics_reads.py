"""The read side of charts and reports: grouped sums over the rollups.

Every query reads a rollup (see ``leaddesk.domain.rollup``) for a range of hour buckets
or local days, never the leads table.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Engine, func, select

from leaddesk.adapters.db.schema import (
    DealRollup,
    LeadRollup,
    PeopleRollup,
    RejectReason,
    ResponseRollup,
)

_LEAD_GROUPS = {"channel_kind", "channel_id", "source", "status", "local_hour",
                "local_weekday"}
_PEOPLE_GROUPS = {"channel_kind", "source", "assignee_id", "status", "reason_id"}
_DEAL_GROUPS = {"channel_kind", "source", "assignee_id"}


def _columns(table, names: Sequence[str], allowed: set[str]) -> list:
    unknown = set(names) - allowed
    if unknown:
        raise ValueError(f"cannot group by {sorted(unknown)}")
    return [getattr(table, name) for name in names]


class AnalyticsReadsMixin:
    """Mixed into ``SqlReadModel``."""

    _engine: Engine

    def lead_sums(self, bucket_from: int, bucket_to: int, kinds: Sequence[str],
                  group: Sequence[str]) -> list[tuple]:
        """(*group, leads) over the local hour buckets ``bucket_from <= bucket < bucket_to``;
        ``kinds`` empty = every channel."""
        columns = _columns(LeadRollup, group, _LEAD_GROUPS)
        query = select(*columns, func.sum(LeadRollup.leads)) \
            .where(LeadRollup.bucket >= bucket_from, LeadRollup.bucket < bucket_to)
        if kinds:
            query = query.where(LeadRollup.channel_kind.in_(kinds))
        return self._grouped(query, columns)

    def response_counts(self, day_from: int, day_to: int,
                        kinds: Sequence[str]) -> list[tuple[str, int, int]]:
        """(channel kind, bin's upper edge in seconds, answered) over local days
        ``day_from..day_to`` inclusive."""
        query = select(ResponseRollup.channel_kind, ResponseRollup.upto_seconds,
                       func.sum(ResponseRollup.answered)) \
            .where(ResponseRollup.day >= day_from, ResponseRollup.day <= day_to)
        if kinds:
            query = query.where(ResponseRollup.channel_kind.in_(kinds))
        return self._grouped(query, [ResponseRollup.channel_kind, ResponseRollup.upto_seconds])

    def people_sums(self, day_from: int, day_to: int, kinds: Sequence[str],
                    group: Sequence[str]) -> list[tuple]:
        """(*group, leads, answered, in_sla) over local days ``day_from..day_to``
        (answered late = answered - in_sla)."""
        columns = _columns(PeopleRollup, group, _PEOPLE_GROUPS)
        query = select(*columns, func.sum(PeopleRollup.leads),
                       func.sum(PeopleRollup.answered), func.sum(PeopleRollup.in_sla)) \
            .where(PeopleRollup.day >= day_from, PeopleRollup.day <= day_to)
        if kinds:
            query = query.where(PeopleRollup.channel_kind.in_(kinds))
        return self._grouped(query, columns)

    def won_money(self, day_from: int, day_to: int, kinds: Sequence[str],
                  group: Sequence[str]) -> list[tuple]:
        """(*group, won deals, money in kopecks) of won deals whose lead arrived on local
        days ``day_from..day_to``, grouped by the lead's channel kind, source, assignee."""
        columns = _columns(DealRollup, group, _DEAL_GROUPS)
        query = select(*columns, func.sum(DealRollup.won), func.sum(DealRollup.money)) \
            .where(DealRollup.day >= day_from, DealRollup.day <= day_to)
        if kinds:
            query = query.where(DealRollup.channel_kind.in_(kinds))
        return self._grouped(query, columns)

    def reason_titles(self) -> list[tuple[int, str]]:
        """Every reject reason ever offered (old leads keep retired ones)."""
        with self._engine.connect() as connection:
            return [tuple(row) for row in connection.execute(
                select(RejectReason.id, RejectReason.title))]

    def _grouped(self, query, columns: list) -> list[tuple]:
        if columns:
            query = query.group_by(*columns)
        with self._engine.connect() as connection:
            return [tuple(row) for row in connection.execute(query)]

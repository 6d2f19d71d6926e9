"""Reports and chart data for a period and a choice of channels, read from the rollups.

Every report is a list of flat rows (``Report.rows``) with the keys of ``Report.columns``:
the window shows them as a table, ``leaddesk report NAME --json`` prints them, charts
draw them. Periods are company-local dates, both ends included; a lead belongs to the
period it arrived in (its answer, deal and money count with it, whenever they came).
Hours and weekdays are in the company time zone, weekdays numbered 0 = Monday.

Percentiles are nearest-rank over the response-time bins (``domain.rollup.response_bin``):
"median 40 s" means half of the answered leads were answered within 40 s, to the bin.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from leaddesk.domain.codes import LeadStatus
from leaddesk.domain.rollup import day_number
from leaddesk.services.analytics_ports import AnalyticsReads
from leaddesk.services.company import time_zone

REPORT_NAMES = ("unanswered", "late", "response-time", "state", "reasons", "conversion",
                "funnel", "peak-hours", "heatmap", "leaderboard")
EXTRA = ("response-distribution",)
FUNNEL_STAGES = ("leads", "in_progress", "deals", "won")
STATUSES = tuple(status.value for status in LeadStatus)
_WORKED = {LeadStatus.IN_PROGRESS.value, LeadStatus.POSTPONED.value,
           LeadStatus.CONVERTED.value}


class UnknownReport(ValueError):
    """A report name that does not exist."""


@dataclass(frozen=True)
class ReportQuery:
    name: str
    start: date  # company-local dates, both included
    end: date
    channels: tuple[str, ...] = ()  # channel kinds; empty = every channel


@dataclass(frozen=True)
class Report:
    name: str
    start: date
    end: date
    columns: list[str]
    rows: list[dict[str, Any]]

    def as_json(self) -> dict[str, Any]:
        return {"report": self.name, "from": self.start.isoformat(),
                "to": self.end.isoformat(), "rows": self.rows}


def default_period(today: date) -> tuple[date, date]:
    """The last 30 days, today included."""
    return today - timedelta(days=29), today


def company_today(reader: AnalyticsReads, now: datetime) -> date:
    return now.astimezone(time_zone(reader)).date()


def run_report(reader: AnalyticsReads, query: ReportQuery) -> Report:
    """The report ``query.name`` over its period and channels."""
    build = _BUILDERS.get(query.name)
    if build is None:
        raise UnknownReport(query.name)
    if query.end < query.start:
        raise ValueError("the period ends before it starts")
    columns, rows = build(_Scope(reader, query))
    return Report(query.name, query.start, query.end, columns, rows)


class _Scope:
    """The period as local hour numbers and local day numbers, with the reader."""

    def __init__(self, reader: AnalyticsReads, query: ReportQuery) -> None:
        self.reader = reader
        self.kinds = tuple(query.channels)
        self.days = (day_number(query.start), day_number(query.end))
        self.buckets = (self.days[0] * 24, (self.days[1] + 1) * 24)  # local hour numbers

    def leads(self, *group: str) -> list[tuple]:
        return self.reader.lead_sums(*self.buckets, self.kinds, group)

    def people(self, *group: str) -> list[tuple]:
        return self.reader.people_sums(*self.days, self.kinds, group)

    def won(self, *group: str) -> dict[tuple, tuple[int, float]]:
        """(won deals, money in rubles) by ``group``."""
        return {tuple(row[:-2]): (int(row[-2]), round(int(row[-1] or 0) / 100, 2))
                for row in self.reader.won_money(*self.days, self.kinds, group)}


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _unanswered(scope: _Scope):
    rows = [{"channel": kind, "leads": int(leads), "unanswered": int(leads - answered),
             "share": _share(int(leads - answered), int(leads))}
            for kind, leads, answered, _in_sla in sorted(scope.people("channel_kind"))]
    return ["channel", "leads", "unanswered", "share"], rows


def _late(scope: _Scope):
    sla: dict[str, set[int]] = defaultdict(set)
    for channel in scope.reader.channels():
        sla[channel.kind.value].add(channel.sla_seconds)
    rows = []
    for kind, _leads, answered, in_sla in sorted(scope.people("channel_kind")):
        late = answered - in_sla
        limits = sla.get(kind, set())
        rows.append({"channel": kind, "sla_seconds": min(limits) if len(limits) == 1 else None,
                     "answered": int(answered), "late": int(late),
                     "share": _share(int(late), int(answered))})
    return ["channel", "sla_seconds", "answered", "late", "share"], rows


def _bins_by_kind(scope: _Scope) -> dict[str, list[tuple[int, int]]]:
    bins: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for kind, upto, count in scope.reader.response_counts(*scope.days, scope.kinds):
        if count:
            bins[kind].append((int(upto), int(count)))
    return {kind: sorted(values) for kind, values in sorted(bins.items())}


def percentile(bins: list[tuple[int, int]], fraction: float) -> int | None:
    """Nearest-rank percentile over sorted (upper edge, count) bins."""
    total = sum(count for _upto, count in bins)
    if not total:
        return None
    rank = max(1, math.ceil(fraction * total))
    seen = 0
    for upto, count in bins:
        seen += count
        if seen >= rank:
            return upto
    return bins[-1][0]


def _response_time(scope: _Scope):
    rows = [{"channel": kind, "answered": sum(c for _u, c in bins),
             "median_seconds": percentile(bins, 0.5), "p90_seconds": percentile(bins, 0.9)}
            for kind, bins in _bins_by_kind(scope).items()]
    return ["channel", "answered", "median_seconds", "p90_seconds"], rows


def _response_distribution(scope: _Scope):
    rows = [{"channel": kind, "upto_seconds": upto, "count": count}
            for kind, bins in _bins_by_kind(scope).items() for upto, count in bins]
    return ["channel", "upto_seconds", "count"], rows


def _state(scope: _Scope):
    counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(STATUSES, 0))
    for kind, status, leads, *_rest in scope.people("channel_kind", "status"):
        counts[kind][status] = counts[kind].get(status, 0) + int(leads)
    rows = [{"channel": kind, "status": status, "count": count}
            for kind, by_status in sorted(counts.items()) for status, count in by_status.items()]
    return ["channel", "status", "count"], rows


def _reasons(scope: _Scope):
    titles = dict(scope.reader.reason_titles())
    counts: dict[int, int] = defaultdict(int)
    for status, reason_id, leads, _answered, _in_sla in scope.people("status", "reason_id"):
        if status == LeadStatus.REJECTED.value and leads:
            counts[int(reason_id)] += int(leads)
    total = sum(counts.values())
    rows = [{"reason": titles.get(reason_id) if reason_id else None, "count": count,
             "share": _share(count, total)}
            for reason_id, count in sorted(counts.items(), key=lambda item: -item[1])]
    return ["reason", "count", "share"], rows


def _conversion(scope: _Scope):
    won = scope.won("channel_kind", "source")
    cells: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for kind, source, status, leads, *_rest in scope.people("channel_kind", "source",
                                                           "status"):
        cell = cells[(kind, source)]
        cell[0] += int(leads)
        if status == LeadStatus.CONVERTED.value:
            cell[1] += int(leads)
    rows = []
    for (kind, source), (leads, deals) in sorted(cells.items()):
        won_count, money = won.get((kind, source), (0, 0.0))
        rows.append({"channel": kind, "source": source, "leads": leads, "deals": deals,
                     "won": won_count, "money": money})
    return ["channel", "source", "leads", "deals", "won", "money"], rows


def _funnel(scope: _Scope):
    won = scope.won("channel_kind")
    stages: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for kind, status, leads, *_rest in scope.people("channel_kind", "status"):
        cell = stages[kind]
        cell[0] += int(leads)
        if status in _WORKED:
            cell[1] += int(leads)
        if status == LeadStatus.CONVERTED.value:
            cell[2] += int(leads)
    rows = []
    for kind, (leads, worked, deals) in sorted(stages.items()):
        won_count, money = won.get((kind,), (0, 0.0))
        for stage, count, amount in zip(FUNNEL_STAGES, (leads, worked, deals, won_count),
                                        (0.0, 0.0, 0.0, money), strict=True):
            rows.append({"channel": kind, "stage": stage, "count": count, "money": amount})
    return ["channel", "stage", "count", "money"], rows


def _peak_hours(scope: _Scope):
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * 24)
    for kind, hour, leads in scope.leads("channel_kind", "local_hour"):
        counts[kind][int(hour)] += int(leads)
    rows = [{"channel": kind, "hour": hour, "count": count}
            for kind, hours in sorted(counts.items()) for hour, count in enumerate(hours)]
    return ["channel", "hour", "count"], rows


def _heatmap(scope: _Scope):
    grid = [[0] * 24 for _ in range(7)]
    for weekday, hour, leads in scope.leads("local_weekday", "local_hour"):
        grid[int(weekday)][int(hour)] += int(leads)
    rows = [{"weekday": weekday, "hour": hour, "count": grid[weekday][hour]}
            for weekday in range(7) for hour in range(24)]
    return ["weekday", "hour", "count"], rows


def _leaderboard(scope: _Scope):
    names = {user.id: user.name for user in scope.reader.users()}
    won = scope.won("assignee_id")
    people: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for assignee_id, status, leads, _answered, in_sla in scope.people("assignee_id", "status"):
        if not assignee_id:
            continue
        cell = people[int(assignee_id)]
        cell[0] += int(leads)
        cell[1] += int(in_sla)
        if status == LeadStatus.CONVERTED.value:
            cell[2] += int(leads)
    rows = []
    for person, (leads, in_sla, converted) in people.items():
        won_count, money = won.get((person,), (0, 0.0))
        rows.append({"manager": names.get(person, f"#{person}"), "leads": leads,
                     "answered_in_sla": in_sla, "converted": converted, "won": won_count,
                     "money": money})
    rows.sort(key=lambda row: (-row["money"], -row["answered_in_sla"], row["manager"]))
    return ["manager", "leads", "answered_in_sla", "converted", "won", "money"], rows


_BUILDERS: dict[str, Callable[[_Scope], tuple[list[str], list[dict[str, Any]]]]] = {
    "unanswered": _unanswered, "late": _late, "response-time": _response_time,
    "state": _state, "reasons": _reasons, "conversion": _conversion, "funnel": _funnel,
    "peak-hours": _peak_hours, "heatmap": _heatmap, "leaderboard": _leaderboard,
    "response-distribution": _response_distribution,
}

"""Writing the rollups: one lead's (or won deal's) cells up or down, or every cell rebuilt
from the leads and deals.

The cells are described by ``leaddesk.domain.rollup.cells_of``; this module only turns
them into upserts. The rebuild reads the leads once, in id order, with plain SQL of its
own, so the migration that introduced the rollups can use it too.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, bindparam, text
from sqlalchemy.dialects import postgresql, sqlite

from leaddesk.adapters.db.schema import DealRollup, LeadRollup, PeopleRollup, ResponseRollup
from leaddesk.domain.rollup import LeadFacts, RollupCells, cells_of, deal_cell
from leaddesk.domain.timefmt import TIME_ZONE_KEY, company_zone, from_us

ROLLUP_TABLES = ("lead_rollup", "response_rollup", "people_rollup", "deal_rollup")
_LEAD_KEY = ("bucket", "channel_id", "source", "status")
_RESPONSE_KEY = ("day", "channel_id", "upto_seconds")
_PEOPLE_KEY = ("day", "channel_id", "source", "assignee_id", "status", "reason_id")
_DEAL_KEY = ("day", "channel_id", "source", "assignee_id")


def _upsert(dialect: str, table, key: tuple[str, ...], extra: tuple[str, ...],
            counters: tuple[str, ...]):
    insert_fn = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert_fn(table).values(
        {name: bindparam(name) for name in (*key, *extra, *counters)})
    return statement.on_conflict_do_update(
        index_elements=list(key),
        set_={name: getattr(table, name) + getattr(statement.excluded, name)
              for name in counters})


@cache
def _statements(dialect: str):
    return (
        _upsert(dialect, LeadRollup, _LEAD_KEY,
                ("channel_kind", "local_hour", "local_weekday"),
                ("leads", "answered", "response_seconds")),
        _upsert(dialect, ResponseRollup, _RESPONSE_KEY, ("channel_kind",), ("answered",)),
        _upsert(dialect, PeopleRollup, _PEOPLE_KEY, ("channel_kind",),
                ("leads", "answered", "in_sla")),
        _upsert(dialect, DealRollup, _DEAL_KEY, ("channel_kind",), ("won", "money")),
    )


@cache
def _empty_cell_deletes() -> tuple:
    """Deletes of a cell whose counters all came back to zero: a cell a lead left is no
    row, exactly as a rebuild would leave it."""
    def delete(table: str, key: tuple[str, ...], counters: tuple[str, ...]):
        return text(f"DELETE FROM {table} WHERE "
                    + " AND ".join(f"{name} = :{name}" for name in key) + " AND "
                    + " AND ".join(f"{name} = 0" for name in counters))
    return (delete("lead_rollup", _LEAD_KEY, ("leads", "answered", "response_seconds")),
            delete("response_rollup", _RESPONSE_KEY, ("answered",)),
            delete("people_rollup", _PEOPLE_KEY, ("leads", "answered", "in_sla")),
            delete("deal_rollup", _DEAL_KEY, ("won", "money")))


def count_cells(connection: Connection, cells: RollupCells, sign: int) -> None:
    """Add (``sign`` = 1) or take away (-1) one lead's contribution to every rollup."""
    lead, response, people, _deal = _statements(connection.dialect.name)
    kind = cells.lead_extra[0]
    connection.execute(lead, {
        **dict(zip(_LEAD_KEY, cells.lead_key, strict=True)),
        "channel_kind": kind, "local_hour": cells.lead_extra[1],
        "local_weekday": cells.lead_extra[2],
        **{name: sign * value for name, value in zip(
            ("leads", "answered", "response_seconds"), cells.lead_values,
            strict=True)}})
    if cells.response_key is not None:
        connection.execute(response, {**dict(zip(_RESPONSE_KEY, cells.response_key,
                                                  strict=True)),
                                      "channel_kind": kind, "answered": sign})
    connection.execute(people, {
        **dict(zip(_PEOPLE_KEY, cells.people_key, strict=True)), "channel_kind": kind,
        **{name: sign * value for name, value in zip(("leads", "answered", "in_sla"),
                                                     cells.people_values, strict=True)}})
    if sign < 0:
        lead_delete, response_delete, people_delete, _deal = _empty_cell_deletes()
        connection.execute(lead_delete, dict(zip(_LEAD_KEY, cells.lead_key, strict=True)))
        if cells.response_key is not None:
            connection.execute(response_delete,
                               dict(zip(_RESPONSE_KEY, cells.response_key, strict=True)))
        connection.execute(people_delete, dict(zip(_PEOPLE_KEY, cells.people_key, strict=True)))


def count_deal(connection: Connection, kind: str, cell: tuple[tuple, int] | None,
               sign: int) -> None:
    """Add (1) or take away (-1) a won deal's money (``domain.rollup.deal_cell``)."""
    if cell is None:
        return
    key, kopecks = cell
    connection.execute(_statements(connection.dialect.name)[3], {
        **dict(zip(_DEAL_KEY, key, strict=True)), "channel_kind": kind, "won": sign,
        "money": sign * kopecks})
    if sign < 0:
        connection.execute(_empty_cell_deletes()[3], dict(zip(_DEAL_KEY, key, strict=True)))


_WON_DEALS = text(
    "SELECT l.channel_id, l.channel_kind, l.source, l.status, l.assignee_id, "
    "l.reject_reason_id, l.received_at, l.first_response_at, l.sla_due_at, d.amount "
    "FROM deals d JOIN leads l ON l.id = d.lead_id WHERE d.stage = 'won'")

_LEADS = text(
    "SELECT channel_id, channel_kind, source, status, assignee_id, reject_reason_id, "
    "received_at, first_response_at, sla_due_at FROM leads ORDER BY id")


def _facts(rows: Iterable) -> Iterable[LeadFacts]:
    for row in rows:
        yield LeadFacts(
            row[0], row[1], row[2], row[3], row[4], row[5], from_us(row[6]),
            None if row[7] is None else from_us(row[7]),
            None if row[8] is None else from_us(row[8]))


def stored_zone(connection: Connection) -> ZoneInfo:
    """The company time zone as the settings table holds it (plain SQL)."""
    value = connection.execute(text("SELECT value FROM settings WHERE key = :key"),
                               {"key": TIME_ZONE_KEY}).scalar()
    if isinstance(value, str):  # plain SQL hands JSON back as text on SQLite
        value = json.loads(value)
    return company_zone((value or {}).get("name", ""))


def rebuild_rollups(connection: Connection, zone: ZoneInfo | None = None) -> int:
    """Empty the rollups and count every lead again, in the caller's transaction
    (``zone``: the company time zone, read from the settings when not given).
    Returns how many leads were counted. About 10 s per million leads."""
    zone = zone or stored_zone(connection)
    lead_cells: dict[tuple, list] = {}
    response_cells: dict[tuple, list] = defaultdict(lambda: [None, 0])
    people_cells: dict[tuple, list] = {}
    counted = 0
    result = connection.execute(
        _LEADS, execution_options={"stream_results": True, "yield_per": 20_000})
    for facts in _facts(result):
        cells = cells_of(facts, zone)
        counted += 1
        cell = lead_cells.get(cells.lead_key)
        if cell is None:
            cell = lead_cells[cells.lead_key] = [*cells.lead_extra, 0, 0, 0]
        for i, value in enumerate(cells.lead_values):
            cell[3 + i] += value
        if cells.response_key is not None:
            response = response_cells[cells.response_key]
            response[0] = cells.lead_extra[0]
            response[1] += 1
        person = people_cells.get(cells.people_key)
        if person is None:
            person = people_cells[cells.people_key] = [cells.lead_extra[0], 0, 0, 0]
        for i, value in enumerate(cells.people_values):
            person[1 + i] += value
    result.close()
    deal_cells: dict[tuple, list] = {}
    for row in connection.execute(_WON_DEALS):
        facts = next(iter(_facts([row])))
        key, kopecks = deal_cell(facts, "won", row[9], zone)
        deal = deal_cells.setdefault(key, [facts.channel_kind, 0, 0])
        deal[1] += 1
        deal[2] += kopecks
    for table in ROLLUP_TABLES:
        connection.execute(text(f"DELETE FROM {table}"))
    _insert(connection, "lead_rollup", (*_LEAD_KEY, "channel_kind", "local_hour",
                                        "local_weekday", "leads", "answered",
                                        "response_seconds"), lead_cells)
    _insert(connection, "response_rollup", (*_RESPONSE_KEY, "channel_kind", "answered"),
            response_cells)
    _insert(connection, "people_rollup", (*_PEOPLE_KEY, "channel_kind", "leads", "answered",
                                          "in_sla"), people_cells)
    _insert(connection, "deal_rollup", (*_DEAL_KEY, "channel_kind", "won", "money"),
            deal_cells)
    return counted


def _insert(connection: Connection, table: str, columns: tuple[str, ...],
            cells: dict[tuple, list]) -> None:
    if not cells:
        return
    statement = text(f"INSERT INTO {table} ({', '.join(columns)}) "
                     f"VALUES ({', '.join(':' + c for c in columns)})")
    rows = [dict(zip(columns, (*key, *values), strict=True)) for key, values in cells.items()]
    for start in range(0, len(rows), 5000):
        connection.execute(statement, rows[start:start + 5000])

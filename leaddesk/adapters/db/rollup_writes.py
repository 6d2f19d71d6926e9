"""Writing the rollups: one lead moved from its old cells to its new ones (a won deal's
cell up or down), or every cell rebuilt from the leads and deals.

The cells are described by ``leaddesk.domain.rollup.cells_of``; this module only turns
them into upserts. The rebuild reads the leads once, in id order, with plain SQL of its
own, so the migration that introduced the rollups can use it too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, TextClause, bindparam, text

from leaddesk.adapters.db.schema import DealRollup, LeadRollup, PeopleRollup, ResponseRollup
from leaddesk.adapters.db.store_helpers import dialect_insert, zone_of
from leaddesk.domain.rollup import LeadFacts, RollupCells, cells_of, deal_cell
from leaddesk.domain.timefmt import from_us

ROLLUP_TABLES = ("lead_rollup", "response_rollup", "people_rollup", "deal_rollup")
_LEAD_KEY = ("bucket", "channel_id", "source", "status")
_RESPONSE_KEY = ("day", "channel_id", "upto_seconds")
_PEOPLE_KEY = ("day", "channel_id", "source", "assignee_id", "status", "reason_id")
_DEAL_KEY = ("day", "channel_id", "source", "assignee_id")
# The columns of each rollup: (key, the cell's other columns, counters).
_LEAD = (_LEAD_KEY, ("channel_kind", "local_hour", "local_weekday"),
         ("leads", "answered", "response_seconds"))
_RESPONSE = (_RESPONSE_KEY, ("channel_kind",), ("answered",))
_PEOPLE = (_PEOPLE_KEY, ("channel_kind",), ("leads", "answered", "in_sla"))
_DEAL = (_DEAL_KEY, ("channel_kind",), ("won", "money"))


def _upsert(dialect: str, table, key: tuple[str, ...], extra: tuple[str, ...],
            counters: tuple[str, ...]):
    statement = dialect_insert(dialect)(table).values(
        {name: bindparam(name) for name in (*key, *extra, *counters)})
    return statement.on_conflict_do_update(
        index_elements=list(key),
        set_={name: getattr(table, name) + getattr(statement.excluded, name)
              for name in counters})


@cache
def _statements(dialect: str):
    return (_upsert(dialect, LeadRollup, *_LEAD), _upsert(dialect, ResponseRollup, *_RESPONSE),
            _upsert(dialect, PeopleRollup, *_PEOPLE), _upsert(dialect, DealRollup, *_DEAL))


@cache
def _empty_cell_deletes() -> tuple:
    """Deletes of a cell whose counters all came back to zero: a cell a lead left is no
    row, exactly as a rebuild would leave it."""
    def delete(table: str, columns: tuple) -> TextClause:
        key, _extra, counters = columns
        return text(f"DELETE FROM {table} WHERE "
                    + " AND ".join(f"{name} = :{name}" for name in key) + " AND "
                    + " AND ".join(f"{name} = 0" for name in counters))
    return tuple(delete(table, columns) for table, columns in zip(
        ROLLUP_TABLES, (_LEAD, _RESPONSE, _PEOPLE, _DEAL), strict=True))


def _cells_by_table(cells: RollupCells | None) -> tuple[tuple, tuple, tuple]:
    """(key, extra columns, counters) of the lead's cell in lead_rollup, response_rollup and
    people_rollup; the key is None where the lead does not count (not answered, or no lead)."""
    if cells is None:
        return (None, (), ()), (None, (), ()), (None, (), ())
    kind = cells.lead_extra[0]
    return ((cells.lead_key, cells.lead_extra, cells.lead_values),
            (cells.response_key, (kind,), (1,)),
            (cells.people_key, (kind,), cells.people_values))


def move_cells(connection: Connection, old: RollupCells | None,
               new: RollupCells | None) -> None:
    """Move one lead's contribution from the cells ``old`` to the cells ``new`` (None: the
    lead does not count on that side, as one arriving). Only a table whose cell or whose
    contribution differs is written: a changed contribution to the same cell is one upsert
    of the difference; a changed cell takes the lead out of the old one (deleted once all
    its counters are zero, exactly as a rebuild would leave no row) and into the new one."""
    tables = zip((_LEAD, _RESPONSE, _PEOPLE), _cells_by_table(old), _cells_by_table(new),
                 _statements(connection.dialect.name), _empty_cell_deletes(),
                 strict=False)  # (the deal rollup comes last: no lead's own cell)
    for columns, was, will_be, upsert, delete in tables:
        (old_key, old_extra, old_values), (new_key, new_extra, new_values) = was, will_be
        if old_key == new_key:
            if old_key is not None and old_values != new_values:
                _add(connection, upsert, columns, new_key, new_extra,
                     [n - o for o, n in zip(old_values, new_values, strict=True)])
            continue
        if old_key is not None:
            _add(connection, upsert, columns, old_key, old_extra, [-v for v in old_values])
            connection.execute(delete, dict(zip(columns[0], old_key, strict=True)))
        if new_key is not None:
            _add(connection, upsert, columns, new_key, new_extra, new_values)


def _add(connection: Connection, upsert, columns: tuple, key: tuple, extra: tuple,
         counters) -> None:
    """Add ``counters`` to the cell ``key`` (made with ``extra`` if missing)."""
    connection.execute(upsert, dict(zip((name for names in columns for name in names),
                                        (*key, *extra, *counters), strict=True)))


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


def rebuild_rollups(connection: Connection, zone: ZoneInfo | None = None) -> int:
    """Empty the rollups and count every lead again, in the caller's transaction
    (``zone``: the company time zone, read from the settings when not given).
    Returns how many leads were counted. About 10 s per million leads."""
    zone = zone or zone_of(connection)
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

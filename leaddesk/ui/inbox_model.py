"""The inbox as a windowed table model: it holds pages of rows, never the whole list.

``rowCount()`` comes from one ``COUNT(*)``; ``data()`` reads the page of 200 rows that
holds the asked row, next to the nearest page already read (see
``leaddesk.domain.paging``). A search shows its hits newest first and reads the next
page when the view scrolls to the end (``canFetchMore``/``fetchMore``), so a common word
never makes anybody wait for a count of every hit. Sorting and filtering happen in SQL.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont

from leaddesk.domain.codes import LeadStatus, Role, Warmth
from leaddesk.domain.inbox import InboxFilter, InboxRow
from leaddesk.domain.sla import answer_due, seconds_left
from leaddesk.domain.timefmt import waiting_seconds
from leaddesk.services import queries
from leaddesk.services.ports import ReadModel
from leaddesk.ui import formatting, labels

PAGE_SIZE = 200
MAX_CACHED_PAGES = 60

COLUMNS = ("channel", "received", "contact", "subject", "status", "assignee", "warmth", "waiting")
LEAD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SOON_SECONDS = 5 * 60  # the answer is due within five minutes: orange
RETRY_SECONDS = 2.0  # after a failed read, how long the model shows what it has
log = logging.getLogger(__name__)


class _Unavailable(Exception):
    """The database could not be read just now (the status bar says so)."""


class InboxModel(QAbstractTableModel):
    """Leads of the current filter, newest first.

    Signals:
        countChanged(int, bool): rows shown, and whether that is every match (False while a
            search has more hits to read).

    When the database cannot be read (a team server gone for a moment), the model keeps
    showing what it has, reads nothing for ``RETRY_SECONDS`` and tries again; the change
    feed reloads it fully once the server is back.
    """

    countChanged = Signal(int, bool)

    def __init__(self, reader: ReadModel, zone: ZoneInfo, parent=None) -> None:
        super().__init__(parent)
        self._reader = reader
        self._zone = zone
        self._filter = InboxFilter()
        self._total = 0
        self._pages: OrderedDict[int, list[InboxRow]] = OrderedDict()
        self._incremental = False
        self._exhausted = True
        self._now = datetime.now(UTC)
        self._failed_at: float | None = None
        self._hot_background = QBrush(labels.color("#fdecea"))
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = {
            "channel": self.tr("Channel"),
            "received": self.tr("Received"),
            "contact": self.tr("Contact"),
            "subject": self.tr("Request"),
            "status": self.tr("Status"),
            "assignee": self.tr("Assignee"),
            "warmth": self.tr("Warmth"),
            "waiting": self.tr("Answer"),
        }

    # filtering and refreshing
    @property
    def filter(self) -> InboxFilter:
        return self._filter

    def set_filter(self, flt: InboxFilter) -> None:
        self._filter = flt
        self.reload()

    def set_zone(self, zone: ZoneInfo) -> None:
        self._zone = zone
        self._emit_all_changed()

    def _read(self, what, *args):
        """``what(*args)``, or _Unavailable when the database cannot be read now."""
        if self._failed_at is not None and time.monotonic() - self._failed_at < RETRY_SECONDS:
            raise _Unavailable
        try:
            result = what(*args)
        except Exception as error:
            log.warning("the inbox cannot be read now: %s", str(error).splitlines()[0]
                        if str(error) else type(error).__name__)
            self._failed_at = time.monotonic()
            raise _Unavailable from error
        self._failed_at = None
        return result

    def reload(self) -> None:
        """Forget every page and count again (after a filter change or a change elsewhere).
        When the database cannot be read, what is shown stays."""
        incremental = bool(self._filter.search_terms)
        self._failed_at = None  # a reload is asked for: try at once
        try:
            if incremental:
                first = self._read(queries.search_page, self._reader, self._filter, None,
                                   PAGE_SIZE)
            else:
                total = self._read(queries.inbox_count, self._reader, self._filter)
        except _Unavailable:
            return
        self.beginResetModel()
        self._pages.clear()
        self._now = datetime.now(UTC)
        self._incremental = incremental
        if incremental:
            self._pages[0] = first
            self._total = len(first)
            self._exhausted = len(first) < PAGE_SIZE
        else:
            self._total = total
            self._exhausted = True
        self.endResetModel()
        self.countChanged.emit(self._total, self._exhausted)

    def tick(self) -> None:
        """Let the waiting times move on without reading anything."""
        self._now = datetime.now(UTC)
        column = COLUMNS.index("waiting")
        if self._total:
            self.dataChanged.emit(self.index(0, column), self.index(self._total - 1, column))

    def _emit_all_changed(self) -> None:
        if self._total:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._total - 1, len(COLUMNS) - 1))

    # rows
    def lead_id_at(self, row: int) -> int | None:
        lead = self.row_at(row)
        return lead.lead_id if lead else None

    def row_at(self, row: int) -> InboxRow | None:
        if row < 0 or row >= self._total:
            return None
        page, offset = divmod(row, PAGE_SIZE)
        rows = self._page(page)
        return rows[offset] if offset < len(rows) else None

    def row_of(self, lead_id: int) -> int | None:
        """The row showing ``lead_id`` under the current filter, or None."""
        for page, rows in self._pages.items():
            for offset, lead in enumerate(rows):
                if lead.lead_id == lead_id:
                    return page * PAGE_SIZE + offset
        if self._incremental:
            return None
        try:
            return self._read(queries.inbox_position, self._reader, self._filter, lead_id)
        except _Unavailable:
            return None

    def _page(self, page: int) -> list[InboxRow]:
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
            return rows
        if self._incremental:
            return []
        known = {p: (r[0].lead_id, r[-1].lead_id) for p, r in self._pages.items() if r}
        try:
            rows = self._read(queries.inbox_page, self._reader, self._filter, page,
                              PAGE_SIZE, self._total, known)
        except _Unavailable:
            return []  # blank rows for now; read again on a later paint
        self._pages[page] = rows
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return rows

    # incremental reading of search hits
    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return self._incremental and not self._exhausted and not parent.isValid()

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        last_page = max(self._pages)
        last_id = self._pages[last_page][-1].lead_id
        try:
            rows = self._read(queries.search_page, self._reader, self._filter, last_id,
                              PAGE_SIZE)
        except _Unavailable:
            return
        self._exhausted = len(rows) < PAGE_SIZE
        if rows:
            self.beginInsertRows(QModelIndex(), self._total, self._total + len(rows) - 1)
            self._pages[last_page + 1] = rows
            self._total += len(rows)
            self.endInsertRows()
        self.countChanged.emit(self._total, self._exhausted)

    # Qt model interface
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[COLUMNS[section]]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        lead = self.row_at(index.row())
        if lead is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(lead, column)
        if role == LEAD_ID_ROLE:
            return lead.lead_id
        if role == Qt.ItemDataRole.FontRole and lead.status is LeadStatus.NEW:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(lead, column)
        if role == Qt.ItemDataRole.BackgroundRole and lead.warmth is Warmth.HOT \
                and lead.status.is_open:
            return self._hot_background
        if role == Qt.ItemDataRole.ToolTipRole and column == "subject":
            return f"{lead.subject}\n\n{lead.preview}" if lead.subject else lead.preview
        if role == Qt.ItemDataRole.ToolTipRole and column == "channel":
            return lead.channel_name
        if role == Qt.ItemDataRole.ToolTipRole and column == "waiting":
            return self._due_tip(lead)
        return None

    def _due_tip(self, lead: InboxRow) -> str | None:
        due = answer_due(lead.first_response_at, lead.sla_due_at, lead.reply_due_at)
        if due is None:
            return None
        text = (self.tr("Answer due by %1") if lead.first_response_at is None
                else self.tr("The customer wrote again; the answer is due by %1"))
        return text.replace("%1", formatting.full_time(due, self._zone))

    def _display(self, lead: InboxRow, column: str) -> str:
        if column == "channel":
            return labels.channel(lead.channel)
        if column == "received":
            return formatting.short_time(lead.received_at, self._zone, self._now)
        if column == "contact":
            return lead.contact
        if column == "subject":
            if lead.subject and lead.preview and not lead.preview.startswith(lead.subject):
                return f"{lead.subject} — {lead.preview}"
            return lead.subject or lead.preview
        if column == "status":
            return labels.status(lead.status)
        if column == "assignee":
            if lead.assignee:
                return lead.assignee
            if lead.unstaffed:
                return self.tr("⚑ nobody on duty")
            if lead.pool_role:
                return self.tr("pool: %1").replace("%1", labels.role(Role(lead.pool_role)))
            return "—"
        if column == "warmth":
            return labels.warmth(lead.warmth)
        if column == "waiting":
            return self._waiting(lead)
        return ""

    def _waiting(self, lead: InboxRow) -> str:
        due = answer_due(lead.first_response_at, lead.sla_due_at, lead.reply_due_at)
        if lead.first_response_at is not None:
            left = seconds_left(due, None, self._now) if lead.status.is_open else None
            if left is None:
                seconds = waiting_seconds(lead.received_at, lead.first_response_at, self._now)
                return "✓ " + formatting.duration(seconds)
            if left >= 0:
                return self.tr("↩ %1 left").replace("%1", formatting.duration(left))
            return self.tr("↩ %1 late").replace("%1", formatting.duration(-left))
        if not lead.status.is_open:
            return self.tr("no answer")
        left = seconds_left(due, None, self._now)
        if left is not None and lead.status is not LeadStatus.POSTPONED:
            if left >= 0:
                return self.tr("%1 left").replace("%1", formatting.duration(left))
            return self.tr("%1 late").replace("%1", formatting.duration(-left))
        return formatting.duration(waiting_seconds(lead.received_at, None, self._now))

    def _foreground(self, lead: InboxRow, column: str):
        if column == "channel":
            return QBrush(labels.color(labels.CHANNEL_COLORS[lead.channel]))
        if column == "status":
            return QBrush(labels.color(labels.STATUS_COLORS[lead.status]))
        if column == "warmth":
            return QBrush(labels.color(labels.WARMTH_COLORS[lead.warmth]))
        due = answer_due(lead.first_response_at, lead.sla_due_at, lead.reply_due_at)
        awaiting = lead.first_response_at is None or due is not None
        if column == "waiting" and awaiting and lead.status.is_open:
            left = seconds_left(due, None, self._now)
            if left is not None and left > SOON_SECONDS:
                return QBrush(labels.color("#1e8449"))
            if left is not None and left >= 0:
                return QBrush(labels.color("#d68910"))
            return QBrush(labels.color("#c0392b"))
        if column == "assignee" and lead.assignee is None and lead.unstaffed:
            return QBrush(labels.color("#c0392b"))
        return None

"""The read side for the widgets and the headless commands: pages, cards, listings."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from leaddesk.domain.inbox import InboxFilter, InboxRow
from leaddesk.domain.lead_card import LeadCard
from leaddesk.domain.paging import PagePlan, plan_page
from leaddesk.services.ports import ReadModel


def inbox_count(reader: ReadModel, flt: InboxFilter) -> int:
    """How many leads the filter shows."""
    return reader.inbox_count(flt)


def inbox_page(reader: ReadModel, flt: InboxFilter, page: int, page_size: int, total: int,
               known: dict[int, tuple[int, int]]) -> list[InboxRow]:
    """The rows of one page of the filtered inbox, read next to the nearest known page."""
    plan = plan_page(page, page_size, total, known)
    return reader.inbox_rows(flt, plan)


def search_page(reader: ReadModel, flt: InboxFilter, after_id: int | None,
                page_size: int) -> list[InboxRow]:
    """The next page of search hits below ``after_id`` (newest first)."""
    return reader.inbox_rows(
        flt, PagePlan(descending=True, offset=0, limit=page_size, after_id=after_id)
    )


def inbox_position(reader: ReadModel, flt: InboxFilter, lead_id: int) -> int | None:
    return reader.inbox_position(flt, lead_id)


def lead_card(reader: ReadModel, lead_id: int) -> LeadCard | None:
    return reader.lead_card(lead_id)


def list_leads(reader: ReadModel, flt: InboxFilter, limit: int,
               zone: ZoneInfo) -> list[dict[str, Any]]:
    """Leads as plain dicts for ``leaddesk leads list --json``, newest first."""
    rows = reader.inbox_rows(flt, PagePlan(descending=True, offset=0, limit=limit))
    return [
        {
            "id": row.lead_id,
            "channel": row.channel.value,
            "channel_name": row.channel_name,
            "status": row.status.value,
            "subject": row.subject,
            "preview": row.preview,
            "contact": row.contact,
            "received_at": row.received_at.astimezone(zone).isoformat(),
            "first_response_at": (
                row.first_response_at.astimezone(zone).isoformat()
                if row.first_response_at else None
            ),
            "assignee": row.assignee,
            "warmth": row.warmth.value,
        }
        for row in rows
    ]

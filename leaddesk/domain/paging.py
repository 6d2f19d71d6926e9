"""Planning which rows to read for a page of a long, windowed list.

The inbox is ordered by lead id, newest first. Reading a page by ``OFFSET`` deep in a
million rows costs tens of milliseconds (hundreds on PostgreSQL), reading it next to a
page already known costs well under one. So a page is read relative to the nearest
known anchor: a cached page's first or last id, or either end of the list, and the
offset that is left to skip is as small as the cache allows.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PagePlan:
    """How to read one page.

    Attributes:
        after_id: read ids below this one (descending), or None from the top.
        before_id: read ids above this one (ascending), or None from the bottom.
        descending: the SQL order; ascending reads are reversed after reading.
        offset: rows to skip from the anchor in that order.
        limit: rows to read.
    """

    descending: bool
    offset: int
    limit: int
    after_id: int | None = None
    before_id: int | None = None


def plan_page(page: int, page_size: int, total: int, known: dict[int, tuple[int, int]]) -> PagePlan:
    """Plan the read of ``page`` given the ``total`` row count and the pages already known.

    Args:
        page: the page number (row // page_size).
        page_size: rows per page.
        total: rows in the list.
        known: page number -> (first id, last id) of pages already read.

    Returns:
        the plan with the smallest offset.
    """
    first_row = page * page_size
    limit = max(0, min(page_size, total - first_row))
    # From the top of the list.
    best = PagePlan(descending=True, offset=first_row, limit=limit)
    # From the bottom, reading upwards.
    from_bottom = total - first_row - limit
    if from_bottom < best.offset:
        best = PagePlan(descending=False, offset=from_bottom, limit=limit)
    for other, (first_id, last_id) in known.items():
        if other < page:
            skip = (page - other - 1) * page_size
            if skip < best.offset:
                best = PagePlan(descending=True, offset=skip, limit=limit, after_id=last_id)
        elif other > page:
            rows_between_end = (other - page) * page_size - limit
            if rows_between_end < best.offset:
                best = PagePlan(
                    descending=False, offset=rows_between_end, limit=limit, before_id=first_id
                )
    return best

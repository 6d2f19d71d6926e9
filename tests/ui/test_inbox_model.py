"""The inbox model without a view: any row, in any order of access, is the right lead."""

from __future__ import annotations

import random

import pytest

from leaddesk.bootstrap import open_desk
from leaddesk.domain.codes import ChannelKind
from leaddesk.domain.inbox import InboxFilter
from leaddesk.domain.timefmt import company_zone
from leaddesk.ui import inbox_model
from leaddesk.ui.inbox_model import LEAD_ID_ROLE, InboxModel
from tests.helpers.leads import add_lead, make_channels


@pytest.fixture
def desk(sqlite_url):
    context = open_desk(sqlite_url)
    make_channels(context.uow_factory)
    for n in range(1, 91):
        channel = "ВКонтакте" if n % 4 == 0 else "Почта продаж"
        text = "Нужен диван угловой" if n % 10 == 0 else None
        add_lead(context.uow_factory, n, channel=channel, text=text)
    yield context
    context.close()


def test_rows_in_random_order_match_the_newest_first_list(qapp, desk, monkeypatch):
    monkeypatch.setattr(inbox_model, "PAGE_SIZE", 7)
    monkeypatch.setattr(inbox_model, "MAX_CACHED_PAGES", 3)
    model = InboxModel(desk.reader, company_zone("Europe/Moscow"))
    model.set_filter(InboxFilter(channel=ChannelKind.EMAIL))
    assert model.rowCount() == 68
    expected = sorted((n for n in range(1, 91) if n % 4), reverse=True)  # ids = n here
    rows = list(range(68))
    random.Random(3).shuffle(rows)
    for row in rows:
        assert model.index(row, 0).data(LEAD_ID_ROLE) == expected[row]
    assert model.row_of(expected[50]) == 50


def test_search_hits_arrive_page_by_page(qapp, desk, monkeypatch):
    monkeypatch.setattr(inbox_model, "PAGE_SIZE", 4)
    model = InboxModel(desk.reader, company_zone("Europe/Moscow"))
    counts = []
    model.countChanged.connect(lambda n, complete: counts.append((n, complete)))
    model.set_filter(InboxFilter(search="ДИВАН"))
    assert model.rowCount() == 4 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 9 and not model.canFetchMore()
    assert [model.index(r, 0).data(LEAD_ID_ROLE) for r in range(9)] == list(range(90, 0, -10))
    assert counts[0] == (4, False) and counts[-1] == (9, True)

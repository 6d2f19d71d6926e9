"""The inbox model without a view: any row, in any order of access, is the right lead."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt

from leaddesk.bootstrap import open_desk
from leaddesk.domain.codes import ChannelKind
from leaddesk.domain.inbox import InboxFilter
from leaddesk.domain.timefmt import company_zone
from leaddesk.ui import inbox_model, lead_card_html
from leaddesk.ui.inbox_model import COLUMNS, LEAD_ID_ROLE, InboxModel
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


def test_a_customer_writing_again_shows_the_new_answer_deadline(qapp, desk):
    from datetime import UTC, datetime, timedelta

    from leaddesk.domain.codes import Role
    from leaddesk.services import intake, workflow
    from leaddesk.services.rules import add_user

    manager = add_user(desk.uow_factory, "olga", "Ольга Белова", Role.MANAGER)
    now = datetime.now(UTC)
    lead_id = intake.record_inbound_lead(desk.uow_factory, intake.InboundRequest(
        channel_name="ВКонтакте", received_at=now - timedelta(minutes=30), text="Привет",
        thread_key="vk:77"), now=now - timedelta(minutes=30))
    workflow.queue_reply(desk.uow_factory, lead_id, manager, "Здравствуйте!",
                         now=now - timedelta(minutes=29))
    with desk.uow_factory() as uow:  # the customer writes again, 20 minutes ago
        intake.add_follow_up(uow, lead_id, 2, intake.InboundRequest(
            channel_name="ВКонтакте", received_at=now - timedelta(minutes=20),
            text="А цена?"))
        uow.commit()
    model = InboxModel(desk.reader, company_zone("Europe/Moscow"))
    model.set_filter(InboxFilter())
    row = model.row_of(lead_id)
    waiting = model.index(row, COLUMNS.index("waiting"))
    assert waiting.data().startswith("↩ 5") and waiting.data().endswith("late")
    assert "wrote again" in waiting.data(Qt.ItemDataRole.ToolTipRole)
    page = lead_card_html.render(desk.reader.lead_card(lead_id), company_zone("Europe/Moscow"))
    assert "Answer due" in page and "overdue by 5" in page


class _ServerGone:
    """The desk's read side while the team server is away: every read fails as psycopg's
    do (any exception), until it is back."""

    def __init__(self, reader) -> None:
        self._reader = reader
        self.away = False

    def __getattr__(self, name):
        attribute = getattr(self._reader, name)
        if not callable(attribute):
            return attribute

        def call(*args, **kwargs):
            if self.away:
                raise ConnectionRefusedError("connection to server at 127.0.0.1 failed")
            return attribute(*args, **kwargs)
        return call


def test_the_inbox_keeps_what_it_shows_while_the_database_is_away(qapp, desk, monkeypatch):
    monkeypatch.setattr(inbox_model, "PAGE_SIZE", 10)
    reader = _ServerGone(desk.reader)
    model = InboxModel(reader, company_zone("Europe/Moscow"))
    model.set_filter(InboxFilter())
    first = model.data(model.index(0, COLUMNS.index("subject")))
    reader.away = True
    model.reload()  # a change arrived just as the server went: nothing breaks, nothing goes
    assert model.rowCount() == 90
    assert model.data(model.index(0, COLUMNS.index("subject"))) == first
    assert model.data(model.index(85, COLUMNS.index("subject"))) is None  # not read yet
    assert model.row_of(10_000) is None
    reader.away = False
    model.reload()  # the feed's full refresh once the server is back
    assert model.data(model.index(85, COLUMNS.index("subject"))).startswith("Заявка 5 ")

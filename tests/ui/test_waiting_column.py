"""The inbox's waiting column: a deadline is told only while an answer is due."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from leaddesk.bootstrap import open_desk
from leaddesk.domain.codes import Role
from leaddesk.domain.inbox import InboxFilter
from leaddesk.domain.timefmt import company_zone
from leaddesk.services import intake, workflow
from leaddesk.services.rules import add_user
from leaddesk.ui import lead_card_html
from leaddesk.ui.inbox_model import COLUMNS, InboxModel
from tests.helpers.leads import make_channels


def test_an_answered_lead_tells_no_deadline_until_the_customer_writes_again(qapp,
                                                                            sqlite_url):
    desk = open_desk(sqlite_url)
    try:
        make_channels(desk.uow_factory)
        manager = add_user(desk.uow_factory, "olga", "Ольга Белова", Role.MANAGER)
        now = datetime.now(UTC)
        waiting_id = intake.record_inbound_lead(desk.uow_factory, intake.InboundRequest(
            channel_name="ВКонтакте", received_at=now - timedelta(minutes=3), text="Привет",
            thread_key="vk:1"), now=now - timedelta(minutes=3))
        answered_id = intake.record_inbound_lead(desk.uow_factory, intake.InboundRequest(
            channel_name="ВКонтакте", received_at=now - timedelta(minutes=30), text="Цена?",
            thread_key="vk:2"), now=now - timedelta(minutes=30))
        workflow.queue_reply(desk.uow_factory, answered_id, manager, "Здравствуйте!",
                             now=now - timedelta(minutes=29))
        zone = company_zone("Europe/Moscow")
        model = InboxModel(desk.reader, zone)
        model.set_filter(InboxFilter())

        def waiting(lead_id):
            return model.index(model.row_of(lead_id), COLUMNS.index("waiting"))

        assert waiting(waiting_id).data().endswith("left")
        assert waiting(waiting_id).data(Qt.ItemDataRole.ToolTipRole).startswith(
            "Answer due by")
        assert waiting(answered_id).data().startswith("✓")
        assert waiting(answered_id).data(Qt.ItemDataRole.ToolTipRole) is None
        assert "Answer due" in lead_card_html.render(desk.reader.lead_card(waiting_id), zone)
        assert "Answer due" not in lead_card_html.render(desk.reader.lead_card(answered_id),
                                                         zone)
    finally:
        desk.close()

"""The demo's website channels work with the intake service out of the box."""

from __future__ import annotations

from datetime import UTC, datetime

from leaddesk.bootstrap import open_desk
from leaddesk.services import web_channels
from leaddesk.services.company import time_zone
from leaddesk.services.demo import fill_demo
from leaddesk.services.demo_website import DEMO_SITES, add_demo_website
from tests.helpers.intake import running_intake


def test_the_demo_chat_and_form_take_posts_from_the_local_test_site(sqlite_url):
    desk = open_desk(sqlite_url)
    try:
        fill_demo(desk.open_bulk_loader(), leads=50, seed=1, now=datetime.now(UTC),
                  zone=time_zone(desk.reader))
        add_demo_website(desk.uow_factory, desk.reader)
        add_demo_website(desk.uow_factory, desk.reader)  # a second run changes nothing
        sites = web_channels.site_channels(desk.reader)
        chat = next(s for c, s in sites if s.key)
        [form] = web_channels.forms(desk.reader)
        assert all(s.origins == tuple(DEMO_SITES) for _c, s in sites)
        with running_intake(desk) as client:
            said = client.post_json(f"/chat/{chat.key}/messages",
                                    {"visitor": None, "text": "Здравствуйте"},
                                    origin=DEMO_SITES[0])
            posted = client.post_json(f"/f/{form.key}", {"phone": "+79160001122"},
                                      origin=DEMO_SITES[1])
        assert (said.status, posted.status) == (201, 201)
        assert desk.reader.lead_total() == 52
    finally:
        desk.close()

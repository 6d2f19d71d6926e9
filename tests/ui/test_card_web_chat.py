"""A site chat in the lead card: whatever a visitor typed (the naughty strings of the
shared corpus) is shown as exactly that text, never read as markup."""

from __future__ import annotations

import json
import re
import unicodedata
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from leaddesk.bootstrap import open_desk
from leaddesk.domain.codes import ChannelKind
from leaddesk.services import web_channels, web_intake
from leaddesk.ui import lead_card_html
from leaddesk.ui.lead_card import LeadCardView

ZONE = ZoneInfo("Europe/Moscow")


def _visible(text: str) -> str:
    """What a text view shows of a string: control and format characters dropped and
    every run of whitespace one space."""
    kept = "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf", "Zl", "Zp"))
    return re.sub(r"\s+", " ", kept).strip()


@pytest.fixture
def naughty(shared_corpora) -> list[str]:
    strings = json.loads((shared_corpora / "strings" / "blns" / "blns.json").read_text("utf-8"))
    return [s for s in strings if _visible(s)]


def test_every_naughty_chat_message_is_shown_as_its_text(qtbot, sqlite_url, naughty):
    desk = open_desk(sqlite_url)
    try:
        channel_id = web_channels.create_site_channel(
            desk.uow_factory, ChannelKind.WEBCHAT, "Чат на сайте", ["https://shop.example.ru"])
        site = web_intake.Site(next(c for c in desk.reader.channels() if c.id == channel_id),
                               next(s for c, s in web_channels.site_channels(desk.reader)
                                    if c.id == channel_id))
        token = None
        for text in naughty:
            token, _message = web_intake.post_chat_message(desk.uow_factory, site, token, text)
        lead_id = 1  # the conversation is the desk's only lead
        card = desk.reader.lead_card(lead_id)
        assert len(card.messages) == len(naughty)
        page = lead_card_html.render(card, ZONE)
        assert "<script>alert" not in page and "<img src=x onerror" not in page
        assert "&lt;script&gt;alert" in page  # there, as text

        host = QWidget()
        qtbot.addWidget(host)
        view = LeadCardView(desk.reader, ZONE, host)
        QVBoxLayout(host).addWidget(view)
        view.show_lead(lead_id)
        qtbot.waitUntil(lambda: view.card is not None and view.card.lead_id == lead_id,
                        timeout=5000)
        shown = _visible(view.browser.toPlainText())
        missing = [text for text in naughty if _visible(text) not in shown]
        assert missing == []
    finally:
        desk.close()

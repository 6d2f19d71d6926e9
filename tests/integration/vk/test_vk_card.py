"""A VK lead as a manager sees it: the customer, the product they wrote from, the thread,
and links that open in the browser only when clicked."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QVBoxLayout, QWidget

from leaddesk.ui.lead_card import LeadCardView
from tests.helpers.vk_fake import market_attachment, photo_attachment


@pytest.fixture
def sqlite_only(db_url):
    if not db_url.startswith("sqlite"):
        pytest.skip("the card reads the same either way; once is enough")


def test_the_card_of_a_product_card_lead_shows_customer_product_and_thread(
        qtbot, vk_desk, sqlite_only, monkeypatch):
    vk_desk.fake.deliver(501001, "Здравствуйте! Эта дверь есть в наличии?",
                         attachments=[market_attachment()], online=False)
    vk_desk.fake.deliver(501001, "Вот фото проёма", attachments=[photo_attachment()],
                         online=False)
    vk_desk.catch_up()
    lead_id = vk_desk.query("select id from leads")[0].id
    host = QWidget()
    qtbot.addWidget(host)
    view = LeadCardView(vk_desk.context.reader, ZoneInfo("Europe/Moscow"), host)
    QVBoxLayout(host).addWidget(view)
    view.show_lead(lead_id)
    qtbot.waitUntil(lambda: view.card is not None)
    text = view.browser.toPlainText()
    assert "Анна Смирнова" in text and "https://vk.com/id501001" in text
    assert "Дверь межкомнатная «Верона»" in text and "12 990" in text
    assert "Здравствуйте! Эта дверь есть в наличии?" in text and "Вот фото проёма" in text
    html = view.browser.toHtml()
    assert "https://vk.com/market-123" in html
    opened: list[str] = []
    monkeypatch.setattr("leaddesk.ui.lead_card.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toString()))
    view._on_link(QUrl("https://vk.com/market-123?w=product-123_7"))
    assert opened == ["https://vk.com/market-123?w=product-123_7"]

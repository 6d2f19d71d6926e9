"""An email lead in the card: its HTML, files, damage and the answers' way out."""

from __future__ import annotations

import http.server
import os
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QFileDialog, QVBoxLayout, QWidget

from leaddesk.bootstrap import open_desk
from leaddesk.domain.codes import DeliveryState, IdentityKind, Role
from leaddesk.domain.mail import MailAttachment
from leaddesk.services.intake import InboundRequest, add_inbound_message, record_inbound_lead
from leaddesk.services.rules import add_user
from leaddesk.services.workflow import queue_reply
from leaddesk.ui import lead_card_html
from leaddesk.ui.lead_actions import LeadActions
from leaddesk.ui.lead_card import CardBrowser, LeadCardView
from tests.helpers.leads import make_channels

ZONE = ZoneInfo("Europe/Moscow")
HTML = ("<p>Добрый день!</p><p>Нужны <b>межкомнатные двери</b> в офис, 12 штук.</p>"
        "<table><tr><td>Размер</td><td>80×200</td></tr></table>")
SMTP_ERROR = "smtp.example.ru answered 451 try later"


@pytest.fixture
def desk(sqlite_url):
    context = open_desk(sqlite_url)
    make_channels(context.uow_factory)
    context.anna = add_user(context.uow_factory, "anna", "Анна Котова", Role.MANAGER)
    yield context
    context.close()


@pytest.fixture
def view(qtbot, desk):
    host = QWidget()
    qtbot.addWidget(host)
    actions = LeadActions(desk, host, lambda: card_view.card)
    actions.me = next(u for u in desk.reader.users() if u.id == desk.anna)
    actions.zone = ZONE
    card_view = LeadCardView(desk.reader, ZONE, host, actions=actions)
    QVBoxLayout(host).addWidget(card_view)
    return card_view


def _email(desk, **fields) -> int:
    values = dict(channel_name="Почта продаж", received_at=datetime.now(UTC) - timedelta(hours=1),
                  text="Добрый день! Нужны межкомнатные двери в офис, 12 штук.",
                  subject="Двери в офис", contact_name="Ирина Соколова",
                  identities=((IdentityKind.EMAIL, "irina@example.ru"),))
    values.update(fields)
    return record_inbound_lead(desk.uow_factory, InboundRequest(**values))


def _show(qtbot, view, lead_id):
    view.show_lead(lead_id)
    qtbot.waitUntil(lambda: view.card is not None and view.card.lead_id == lead_id,
                    timeout=3000)
    return view.browser.toPlainText()


def _refreshed(qtbot, view, check):
    qtbot.waitUntil(lambda: check(view.card), timeout=3000)


@pytest.fixture
def save_dialog(monkeypatch, tmp_path):
    """The save dialog answers with a file in tmp_path; what it was offered is kept."""
    offered: list[str] = []

    def answer(name):
        def get_save_file_name(parent, title, default, *args, **kwargs):
            offered.append(default)
            return str(tmp_path / name), ""
        monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
        return tmp_path / name

    answer.offered = offered
    return answer


def test_an_html_mail_shows_its_formatting_and_says_what_was_not_loaded(qtbot, desk, view):
    lead_id = _email(desk, text="plain part", html=HTML, headers={"remote_images_blocked": 3})
    shown = _show(qtbot, view, lead_id)
    assert "Нужны межкомнатные двери в офис, 12 штук." in shown
    assert "80×200" in shown
    assert "<b>" not in shown and "plain part" not in shown  # the HTML, not escaped, not text
    assert "3 remote images were not loaded (privacy)" in shown


def test_a_plain_mail_shows_its_text_escaped(qtbot, desk, view):
    lead_id = _email(desk, text="Цена <b>со скидкой</b>?")
    assert "Цена <b>со скидкой</b>?" in _show(qtbot, view, lead_id)


class _Counting(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self):
        self.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/gif")
        self.end_headers()
        self.wfile.write(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")

    def log_message(self, *args):
        pass


@pytest.fixture
def pixel_server():
    _Counting.requests = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counting)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], _Counting.requests
    server.shutdown()
    server.server_close()


def test_the_card_never_fetches_a_remote_image(qtbot, desk, view, pixel_server, monkeypatch):
    port, requests = pixel_server
    asked: list[tuple[str, object]] = []
    refuse = CardBrowser.loadResource

    def spy(self, kind, url):
        answer = refuse(self, kind, url)
        asked.append((url.toString(), answer))
        return answer

    monkeypatch.setattr(CardBrowser, "loadResource", spy)
    pixel = f"http://127.0.0.1:{port}/pixel.gif"
    # as if the sanitizer had missed it: the browser itself must still fetch nothing
    lead_id = _email(desk, html=f"<p>Смотрите фото</p><img src='{pixel}'>"
                                f"<div style=\"background:url('{pixel}?bg')\">x</div>")
    view.window().resize(600, 500)
    view.window().show()
    assert "Смотрите фото" in _show(qtbot, view, lead_id)
    bar = view.browser.verticalScrollBar()
    bar.setValue(bar.maximum())  # pictures are asked for when they come into view
    view.browser.viewport().repaint()
    for _ in range(5):
        QApplication.processEvents()
        qtbot.wait(40)
    assert (pixel, None) in asked  # the image did reach the browser, which gave nothing
    assert all(answer is None for _url, answer in asked)
    assert requests == []


def test_an_attachment_is_listed_with_its_size_and_saved_byte_exact(qtbot, desk, view,
                                                                  save_dialog):
    data = os.urandom(50_000)
    lead_id = _email(desk, attachments=(
        MailAttachment("Смета №5.pdf", "application/pdf", data),
        MailAttachment("план.png", "image/png", b"\x89PNG tiny")))
    shown = _show(qtbot, view, lead_id)
    assert f"Смета №5.pdf ({lead_card_html.data_size(50_000)})" in shown
    assert "план.png (9 bytes)" in shown
    target = save_dialog("saved.pdf")
    attachment = view.card.messages[0].attachments[0]
    view.browser.anchorClicked.emit(QUrl(f"leaddesk:attachment/save/{attachment.attachment_id}"))
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size == len(data), timeout=3000)
    assert target.read_bytes() == data
    assert Path(save_dialog.offered[0]).name == "Смета №5.pdf"


def test_a_damaged_mail_says_so_and_its_original_can_be_saved(qtbot, desk, view, save_dialog):
    raw = b"From: irina@example.ru\r\nSubject: =?broken\r\n\r\n\xff\xfe half a mail"
    lead_id = _email(desk, problem="the text was in an unknown charset", raw=raw)
    shown = _show(qtbot, view, lead_id)
    assert "This message was damaged: the text was in an unknown charset" in shown
    assert "Save the original (.eml)" in shown
    target = save_dialog("original.eml")
    message_id = view.card.messages[0].message_id
    view.browser.anchorClicked.emit(QUrl(f"leaddesk:raw/save/{message_id}"))
    qtbot.waitUntil(lambda: target.exists() and target.read_bytes() == raw, timeout=3000)
    assert save_dialog.offered[0].endswith(".eml")


def _fail(desk, message_id, next_attempt_at):
    with desk.uow_factory() as uow:
        uow.store.finish_outgoing(message_id, "failed", SMTP_ERROR, next_attempt_at)
        uow.commit()


def test_a_failed_answer_shows_the_servers_words_and_can_be_sent_again(qtbot, desk, view):
    lead_id = _email(desk)
    reply = queue_reply(desk.uow_factory, lead_id, desk.anna, "Ирина, добрый день!")
    next_try = datetime.now(UTC) + timedelta(minutes=5)
    _fail(desk, reply, next_try)
    shown = _show(qtbot, view, lead_id)
    assert f"not sent: {SMTP_ERROR} — next try at" in shown
    assert f"{next_try.astimezone(ZONE):%H:%M}" in shown
    assert "Try again now" in shown
    view.browser.anchorClicked.emit(QUrl(f"leaddesk:message/retry/{reply}"))
    _refreshed(qtbot, view, lambda card: card.messages[-1].delivery is DeliveryState.QUEUED)
    shown = view.browser.toPlainText()
    assert "waiting to be sent" in shown and SMTP_ERROR not in shown


def test_an_answer_that_will_not_be_retried_says_so_and_a_sent_one_is_ticked(qtbot, desk,
                                                                             view):
    lead_id = _email(desk)
    failed = queue_reply(desk.uow_factory, lead_id, desk.anna, "Первый ответ")
    _fail(desk, failed, None)
    sent = queue_reply(desk.uow_factory, lead_id, desk.anna, "Второй ответ")
    with desk.uow_factory() as uow:
        uow.store.finish_outgoing(sent, "sent", None, None)
        uow.commit()
    shown = _show(qtbot, view, lead_id)
    assert f"not sent: {SMTP_ERROR} — will not be retried" in shown
    assert "sent ✓" in shown


def test_quote_puts_the_customers_words_under_the_answer(qtbot, desk, view):
    lead_id = _email(desk, text="Добрый день!\nНужны двери, 12 штук.")
    _show(qtbot, view, lead_id)
    assert view.quote_button.isVisibleTo(view) and view.quote_button.isEnabled()
    view.composer.setPlainText("Ирина, здравствуйте!")
    view.quote_button.click()
    text = view.composer.toPlainText()
    assert text.startswith("Ирина, здравствуйте!\n\n")
    assert "Ирина Соколова:" in text
    assert "> Добрый день!\n> Нужны двери, 12 штук." in text
    assert view.composer.textCursor().position() == len("Ирина, здравствуйте!")


def test_quote_is_only_offered_for_email(qtbot, desk, view):
    chat = record_inbound_lead(desk.uow_factory, InboundRequest(
        channel_name="Чат на сайте", received_at=datetime.now(UTC), text="Сколько стоит?"))
    _show(qtbot, view, chat)
    assert not view.quote_button.isVisibleTo(view)


def test_quote_takes_the_last_message_of_the_customer(qtbot, desk, view):
    lead_id = _email(desk, text="Первое письмо")
    queue_reply(desk.uow_factory, lead_id, desk.anna, "Наш ответ")
    with desk.uow_factory() as uow:
        channel = uow.store.channel_by_name("Почта продаж")
        add_inbound_message(uow.store, lead_id, channel.id, InboundRequest(
            channel_name="Почта продаж", received_at=datetime.now(UTC),
            text="Второе письмо", contact_name="Ирина Соколова"))
        uow.commit()
    _show(qtbot, view, lead_id)
    view.quote_button.click()
    assert view.composer.toPlainText().endswith("> Второе письмо\n")
    assert "Первое письмо" not in view.composer.toPlainText()
    assert view.composer.textCursor().position() == 0

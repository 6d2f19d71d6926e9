"""The VK channel against the loopback fake: conversations into leads, the product of a
product card, catch-up after a gap, Long Poll failures, odd events, answers and retries."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from leaddesk.domain.codes import Role
from leaddesk.services.rules import add_user
from leaddesk.services.workflow import queue_reply
from tests.helpers.vk_fake import corpus_event, market_attachment, photo_attachment

ANNA = 501001  # Анна Смирнова, Казань (the vk_fake fixture)
IGOR = 501002


def _wait(condition, timeout: float = 8.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError("timed out")


def _leads(desk):
    return desk.query("select l.id, l.subject, l.product, c.display_name, c.city "
                      "from leads l join contacts c on c.id = l.contact_id order by l.id")


def _messages(desk, lead_id=None):
    sql = "select lead_id, direction, text, external_id, delivery_state from messages"
    if lead_id is not None:
        return desk.query(sql + " where lead_id = :l order by id", l=lead_id)
    return desk.query(sql + " order by id")


def test_a_new_conversation_is_a_lead_with_the_persons_profile(vk_desk):
    vk_desk.fake.deliver(ANNA, "Здравствуйте! Есть ли двери шириной 90 см?", online=False)
    counts = vk_desk.catch_up()
    assert counts.new_leads == 1
    (lead,) = _leads(vk_desk)
    assert lead.display_name == "Анна Смирнова" and lead.city == "Казань"
    assert lead.subject == "Здравствуйте! Есть ли двери шириной 90 см?"
    identity = vk_desk.query("select value, raw from contact_identities")
    assert [(i.value, i.raw) for i in identity] == [(str(ANNA), f"https://vk.com/id{ANNA}")]


def test_a_second_message_joins_the_open_lead_of_its_conversation(vk_desk):
    vk_desk.fake.deliver(ANNA, "Добрый день", online=False)
    vk_desk.catch_up()
    vk_desk.fake.deliver(ANNA, "Забыла спросить про доставку", online=False)
    vk_desk.fake.deliver(IGOR, "А у вас есть скидки?", online=False)
    counts = vk_desk.catch_up()
    assert (counts.joined, counts.new_leads) == (1, 1)
    first = _leads(vk_desk)[0].id
    assert [m.text for m in _messages(vk_desk, first)] == [
        "Добрый день", "Забыла спросить про доставку"]


def test_a_message_from_a_product_card_puts_the_product_on_the_lead(vk_desk):
    vk_desk.fake.deliver(ANNA, "Здравствуйте, этот товар есть в наличии?",
                         attachments=[market_attachment(price_kopecks=1299000)], online=False)
    vk_desk.catch_up()
    (lead,) = _leads(vk_desk)
    product = lead.product if isinstance(lead.product, dict) else __import__("json").loads(
        lead.product)
    assert product["title"] == "Дверь межкомнатная «Верона»"
    assert product["price"] == "12990.00" and product["currency"] == "RUB"
    assert product["url"].startswith("https://vk.com/market-123")
    assert lead.subject == "Дверь межкомнатная «Верона»"
    card = vk_desk.context.reader.lead_card(lead.id)
    assert card.product_title == "Дверь межкомнатная «Верона»"
    assert str(card.product_price) == "12990.00"
    assert card.product_url == product["url"]


def test_photos_and_documents_are_kept_as_links(vk_desk):
    vk_desk.fake.deliver(IGOR, "Вот фото проёма", attachments=[photo_attachment()],
                         online=False)
    vk_desk.catch_up()
    card = vk_desk.context.reader.lead_card(_leads(vk_desk)[0].id)
    (attachment,) = card.messages[0].attachments
    assert attachment.mime == "photo" and attachment.url.startswith("https://")


def test_long_poll_brings_messages_and_a_gap_is_caught_up_without_loss_or_repeats(vk_desk):
    vk_desk.start_worker()
    assert vk_desk.fake.wait_for_poller()
    vk_desk.fake.deliver(ANNA, "Первое сообщение")
    _wait(lambda: len(_messages(vk_desk)) == 1)
    vk_desk.stop_worker()
    # The desk is closed: these arrive meanwhile and reach no Long Poll.
    vk_desk.fake.deliver(ANNA, "Пока вас не было — второе", online=False)
    vk_desk.fake.deliver(IGOR, "И я писал", online=False)
    vk_desk.start_worker()
    _wait(lambda: len(_messages(vk_desk)) == 3)
    assert vk_desk.fake.wait_for_poller()
    vk_desk.fake.deliver(IGOR, "Уже при вас")
    _wait(lambda: len(_messages(vk_desk)) == 4)
    vk_desk.stop_worker()
    messages = _messages(vk_desk)
    assert len({m.external_id for m in messages}) == 4
    assert len(_leads(vk_desk)) == 2


@pytest.mark.parametrize("code", [1, 2, 3])
def test_long_poll_failures_lose_nothing(vk_desk, code):
    vk_desk.start_worker()
    assert vk_desk.fake.wait_for_poller()
    vk_desk.fake.deliver(ANNA, "До сбоя")
    _wait(lambda: len(_messages(vk_desk)) == 1)
    vk_desk.fake.fail_next_poll(code)
    vk_desk.fake.deliver(IGOR, "Во время сбоя", online=code != 3)  # 3: the event is lost
    _wait(lambda: len(_messages(vk_desk)) == 2)
    assert vk_desk.fake.wait_for_poller()
    vk_desk.fake.deliver(ANNA, "После сбоя")
    _wait(lambda: len(_messages(vk_desk)) == 3)
    vk_desk.stop_worker()
    assert len({m.external_id for m in _messages(vk_desk)}) == 3
    assert not [e for e in vk_desk.events if e.state.value == "error"]


def test_unknown_and_malformed_events_are_skipped_and_the_worker_goes_on(vk_desk,
                                                                        shared_corpora):
    vk_desk.start_worker()
    assert vk_desk.fake.wait_for_poller()
    vk_desk.fake.push_raw_update({"type": "nice_update", "object": {"x": 1}})
    vk_desk.fake.push_raw_update({"type": "message_new", "object": {"message": {
        "id": 5, "from_id": ANNA, "text": "без peer_id"}}})
    vk_desk.fake.push_raw_update(corpus_event(shared_corpora,
                                              "kutana/events/nice_update__not_message.json"))
    vk_desk.fake.push_raw_update(corpus_event(
        shared_corpora, "kutana/events/message_new__echo_with_attachment.json"))
    vk_desk.fake.push_raw_update(corpus_event(shared_corpora,
                                              "kutana/events/message_new__echo_chat.json"))
    vk_desk.fake.deliver(IGOR, "Обычное сообщение")
    _wait(lambda: len(_messages(vk_desk)) == 2)
    vk_desk.stop_worker()
    texts = {m.text for m in _messages(vk_desk)}
    assert texts == {".echo with attachment", "Обычное сообщение"}  # the chat is no lead
    photo = vk_desk.query("select mime, url from attachments")
    assert [p.mime for p in photo] == ["photo"] and photo[0].url.startswith("https://sun9")
    assert not [e for e in vk_desk.events if e.state.value == "error"]


def _answer(vk_desk, text="Здравствуйте! Да, есть в наличии."):
    vk_desk.fake.deliver(ANNA, "Есть в наличии?", online=False)
    vk_desk.catch_up()
    lead_id = _leads(vk_desk)[0].id
    anna = add_user(vk_desk.context.uow_factory, "manager", "Ольга Менеджер", Role.MANAGER)
    return lead_id, queue_reply(vk_desk.context.uow_factory, lead_id, anna, text)


def test_an_answer_goes_to_the_conversation_once_even_when_retried(vk_desk):
    lead_id, message_id = _answer(vk_desk)
    vk_desk.fake.lose_next_send_response()  # VK stored it, but the answer never came
    assert vk_desk.deliver_outbox().failed == 1
    later = datetime.now(UTC) + timedelta(minutes=5)
    assert vk_desk.deliver_outbox(now=later).sent == 1
    sent = vk_desk.fake.sent
    assert len(sent) == 1, "the retry was sent twice"
    assert sent[0]["peer_id"] == ANNA and sent[0]["random_id"] == message_id
    (row,) = vk_desk.query("select delivery_state, external_id from messages where id = :m",
                           m=message_id)
    assert row.delivery_state == "sent" and row.external_id == str(sent[0]["id"])
    # The history shows the answer again: it is not stored twice.
    vk_desk.catch_up()
    assert len(_messages(vk_desk, lead_id)) == 2


def test_a_refused_answer_is_explained_and_kept(vk_desk):
    _lead_id, message_id = _answer(vk_desk, "Ответ, который VK не пропустит")
    vk_desk.fake.fail_send_next(901)
    assert vk_desk.deliver_outbox().failed == 1
    (row,) = vk_desk.query("select delivery_state, last_error, next_attempt_at, text "
                           "from messages where id = :m", m=message_id)
    assert row.delivery_state == "failed" and row.next_attempt_at is None
    assert "not allowed messages from the community" in row.last_error
    assert row.text == "Ответ, который VK не пропустит"


def test_flood_control_is_tried_again_later(vk_desk):
    _lead_id, message_id = _answer(vk_desk)
    vk_desk.fake.fail_send_next(9)
    assert vk_desk.deliver_outbox().failed == 1
    (row,) = vk_desk.query("select last_error, next_attempt_at from messages where id = :m",
                           m=message_id)
    assert "flood control" in row.last_error and row.next_attempt_at is not None
    assert vk_desk.deliver_outbox(now=datetime.now(UTC) + timedelta(minutes=5)).sent == 1

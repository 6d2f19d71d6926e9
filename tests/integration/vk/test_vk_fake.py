"""The VK fake does what the VK channel tests rely on, driven by the real vk_api library."""

from __future__ import annotations

import threading
import time

import pytest
import requests

from tests.helpers.vk_fake import (
    FakeVk,
    LoopbackAdapter,
    corpus_attachments,
    corpus_event,
    doc_attachment,
    market_attachment,
    photo_attachment,
)

vk_api = pytest.importorskip("vk_api")
from jconfig.memory import MemoryConfig  # noqa: E402
from vk_api.bot_longpoll import VkBotEventType, VkBotLongPoll  # noqa: E402

ANNA, IGOR = 501001, 501002


@pytest.fixture
def vk(vk_fake):
    """vk_api as the channel will build it: its hard-coded https://api.vk.ru/method/... is
    sent to the fake by an adapter on the session."""
    session = requests.Session()
    session.trust_env = False
    session.mount("https://api.vk.ru/", LoopbackAdapter(vk_fake.base_url))
    client = vk_api.VkApi(token="vk-token", api_version="5.199",
                          config=MemoryConfig, session=session)
    client.RPS_DELAY = 0  # vk_api sleeps up to 0.34 s before each call otherwise
    return client


def _poll(fake: FakeVk, key: str, ts, wait: float = 0) -> dict:
    answer = requests.get(fake.longpoll_url, timeout=10,
                          params={"act": "a_check", "key": key, "ts": ts, "wait": wait})
    answer.raise_for_status()
    return answer.json()


def _server(vk) -> dict:
    return vk.method("groups.getLongPollServer", {"group_id": 123})


def test_users_get_returns_names_and_the_fields_asked_for(vk, vk_fake):
    users = vk.method("users.get", {"user_ids": f"{ANNA},{IGOR},999", "fields": "photo_100,city"})
    assert [(u["id"], u["first_name"], u["last_name"]) for u in users] == [
        (ANNA, "Анна", "Смирнова"), (IGOR, "Игорь", "Кузнецов")]
    assert users[0]["city"]["title"] == "Казань"
    assert "city" not in users[1]  # VK leaves out a city that is not set
    assert users[0]["photo_100"].startswith("https://")
    assert "photo_100" not in vk.method("users.get", {"user_ids": ANNA})[0]
    call = vk_fake.requests[-2]
    assert call.method == "users.get"
    assert call.params["access_token"] == "vk-token" and call.params["v"] == "5.199"


def test_groups_get_by_id_has_the_5_194_shape(vk):
    answer = vk.method("groups.getById", {"group_id": 123})
    assert answer["groups"][0] == answer["groups"][0] | {
        "id": 123, "name": "Магазин дверей", "screen_name": "doors"}
    assert answer["profiles"] == []


def test_wrong_token_and_unknown_method_raise_api_errors(vk_fake, vk):
    wrong = vk_fake.vk_api_client(token="stolen")
    with pytest.raises(vk_api.ApiError) as error:
        wrong.method("users.get", {"user_ids": ANNA})
    assert error.value.code == 5
    assert "invalid access_token" in error.value.error["error_msg"]
    with pytest.raises(vk_api.ApiError) as error:
        vk.method("messages.delete", {"message_ids": 1})
    assert error.value.code == 3


def test_send_with_the_same_random_id_twice_stores_one_message(vk, vk_fake):
    first = vk.method("messages.send", {"peer_id": ANNA, "message": "Здравствуйте!",
                                        "random_id": 42})
    again = vk.method("messages.send", {"peer_id": ANNA, "message": "Здравствуйте!",
                                        "random_id": 42})
    other = vk.method("messages.send", {"peer_id": IGOR, "message": "Добрый день",
                                        "random_id": 42})
    assert first == again != other
    assert [(m["id"], m["peer_id"], m["out"], m["from_id"]) for m in vk_fake.sent] == [
        (first, ANNA, 1, -123), (other, IGOR, 1, -123)]
    assert first >= 1000
    with pytest.raises(vk_api.ApiError) as error:  # VK requires random_id
        vk.method("messages.send", {"peer_id": ANNA, "message": "без random_id"})
    assert error.value.code == 100


def test_injected_send_errors_raise_with_their_code_and_store_nothing(vk, vk_fake):
    vk_fake.fail_send_next(901, "Can't send messages for users without permission")
    vk_fake.fail_send_next(9, "Flood control")
    for code in (901, 9):
        with pytest.raises(vk_api.ApiError) as error:
            vk.method("messages.send", {"peer_id": ANNA, "message": "Счёт", "random_id": 7})
        assert error.value.code == code
    assert vk_fake.sent == []
    assert vk.method("messages.send", {"peer_id": ANNA, "message": "Счёт", "random_id": 7})
    vk_fake.deny_messages(IGOR)  # the person blocked the community: every send fails
    for random_id in (8, 9):
        with pytest.raises(vk_api.ApiError) as error:
            vk.method("messages.send", {"peer_id": IGOR, "message": "?", "random_id": random_id})
        assert error.value.code == 901
    assert len(vk_fake.sent) == 1


def test_a_lost_send_response_then_a_retry_with_the_same_random_id_keeps_one(vk, vk_fake):
    vk_fake.lose_next_send_response()
    with pytest.raises(requests.ConnectionError):
        vk.method("messages.send", {"peer_id": ANNA, "message": "Замер в четверг",
                                    "random_id": 99})
    message_id = vk.method("messages.send", {"peer_id": ANNA, "message": "Замер в четверг",
                                             "random_id": 99})
    assert [m["id"] for m in vk_fake.sent] == [message_id]


def test_message_new_arrives_through_the_long_poll(vk, vk_fake):
    server = _server(vk)
    assert server["server"] == vk_fake.longpoll_url and isinstance(server["ts"], str)
    delivered = vk_fake.deliver(ANNA, "Сколько стоит дверь?", [market_attachment()])
    answer = _poll(vk_fake, server["key"], server["ts"])
    (update,) = answer["updates"]
    assert update["type"] == "message_new" and update["group_id"] == 123
    assert update["event_id"] and update["v"] == "5.199"
    assert update["object"]["message"] == delivered
    assert update["object"]["client_info"]["keyboard"] is True
    assert delivered["peer_id"] == delivered["from_id"] == ANNA and delivered["out"] == 0
    assert int(answer["ts"]) == int(server["ts"]) + 1
    assert _poll(vk_fake, server["key"], answer["ts"]) == {"ts": answer["ts"], "updates": []}


def test_a_waiting_poll_wakes_as_soon_as_a_message_is_queued(vk, vk_fake):
    server = _server(vk)
    result = {}

    def listen():
        started = time.monotonic()
        result["answer"] = _poll(vk_fake, server["key"], server["ts"], wait=25)
        result["took"] = time.monotonic() - started

    thread = threading.Thread(target=listen)
    thread.start()
    assert vk_fake.wait_for_poller(timeout=2)
    vk_fake.deliver(IGOR, "Перезвоните мне")
    thread.join(5)
    assert result["answer"]["updates"][0]["object"]["message"]["text"] == "Перезвоните мне"
    assert result["took"] < 1.0


def test_failed_1_hands_out_a_new_ts(vk, vk_fake):
    server = _server(vk)
    vk_fake.fail_next_poll(1, ts=40)
    assert _poll(vk_fake, server["key"], server["ts"]) == {"failed": 1, "ts": 40}
    vk_fake.fail_next_poll(1)
    assert _poll(vk_fake, server["key"], server["ts"]) == {"failed": 1, "ts": vk_fake.ts}
    vk_fake.deliver(ANNA, "после сбоя")
    answer = _poll(vk_fake, server["key"], vk_fake.ts - 1)
    assert [u["object"]["message"]["text"] for u in answer["updates"]] == ["после сбоя"]


def test_failed_2_refuses_the_key_until_a_new_server_is_asked(vk, vk_fake):
    server = _server(vk)
    vk_fake.fail_next_poll(2)
    assert _poll(vk_fake, server["key"], server["ts"]) == {"failed": 2}
    vk_fake.deliver(ANNA, "пока ключ протух")
    assert _poll(vk_fake, server["key"], server["ts"]) == {"failed": 2}
    fresh = _server(vk)
    assert fresh["key"] != server["key"]
    answer = _poll(vk_fake, fresh["key"], server["ts"])  # the old ts still works: nothing lost
    assert [u["object"]["message"]["text"] for u in answer["updates"]] == ["пока ключ протух"]


def test_failed_3_changes_key_and_ts_and_does_not_replay(vk, vk_fake):
    server = _server(vk)
    lost = vk_fake.deliver(ANNA, "потеряется в long poll")
    vk_fake.fail_next_poll(3)
    assert _poll(vk_fake, server["key"], server["ts"]) == {"failed": 3}
    assert _poll(vk_fake, server["key"], server["ts"]) == {"failed": 2}
    fresh = _server(vk)
    assert fresh["key"] != server["key"] and fresh["ts"] != server["ts"]
    assert _poll(vk_fake, fresh["key"], fresh["ts"])["updates"] == []
    assert _poll(vk_fake, fresh["key"], server["ts"])["updates"] == []  # dropped for good
    history = vk.method("messages.getHistory", {"peer_id": ANNA})
    assert [m["id"] for m in history["items"]] == [lost["id"]]  # history is the truth


def test_a_message_missed_offline_is_in_conversations_and_history(vk, vk_fake):
    server = _server(vk)
    first = vk_fake.deliver(IGOR, "Есть ли доставка?")
    missed = vk_fake.deliver(ANNA, "Нужна дверь 80 см", online=False)
    assert [u["object"]["message"]["id"] for u in
            _poll(vk_fake, server["key"], server["ts"])["updates"]] == [first["id"]]
    conversations = vk.method("messages.getConversations", {"offset": 0, "count": 20,
                                                            "filter": "all"})
    assert conversations["count"] == 2
    newest = conversations["items"][0]
    assert newest["conversation"]["peer"] == {"id": ANNA, "type": "user", "local_id": ANNA}
    assert newest["conversation"]["last_message_id"] == missed["id"]
    assert newest["conversation"]["unread_count"] == 1
    assert newest["last_message"] == missed
    history = vk.method("messages.getHistory", {"peer_id": ANNA, "count": 200})
    assert history == {"count": 1, "items": [missed]}


def test_get_history_offsets_rev_and_start_message_id(vk, vk_fake):
    ids = [vk_fake.deliver(ANNA, f"сообщение {n}", online=False)["id"] for n in range(6)]
    reply = vk.method("messages.send", {"peer_id": ANNA, "message": "Ответ", "random_id": 1})
    ids.append(reply)

    def history(**params):
        answer = vk.method("messages.getHistory", {"peer_id": ANNA, **params})
        assert answer["count"] == 7
        return [m["id"] for m in answer["items"]]

    assert history(count=3) == ids[::-1][:3]  # newest first
    assert history(count=3, offset=2) == ids[::-1][2:5]
    assert history(count=3, rev=1) == ids[:3]  # oldest first
    assert history(count=3, offset=5, rev=1) == ids[5:]
    # Newer than ids[2], oldest first / newest first (start itself excluded):
    assert history(start_message_id=ids[2] + 1, rev=1, count=200) == ids[3:]
    assert history(start_message_id=ids[2], offset=-3, count=3) == ids[3:6][::-1]
    assert history(start_message_id=ids[2], offset=-200, count=200) == ids[3:][::-1]
    assert history(start_message_id=ids[2], count=2) == [ids[2], ids[1]]
    for bad in ({"offset": -1}, {"start_message_id": ids[2], "offset": 1}):
        with pytest.raises(vk_api.ApiError) as error:
            history(**bad)
        assert error.value.code == 100
    sent = vk_fake.sent[0]
    assert sent["from_id"] == -123 and sent["conversation_message_id"] == 7
    conversation = vk.method("messages.getConversations", {})["items"][0]["conversation"]
    assert conversation["in_read"] == ids[5]  # replying reads the conversation
    assert "unread_count" not in conversation


def test_attachments_and_odd_updates_come_back_verbatim(vk, vk_fake, shared_corpora):
    attachments = [*corpus_attachments(shared_corpora).values(), market_attachment(),
                   photo_attachment(), doc_attachment()]
    assert {a["type"] for a in attachments} >= {"photo", "doc", "audio_message", "sticker",
                                                "market"}
    message = vk_fake.deliver(ANNA, "", attachments, online=False)
    stored = vk.method("messages.getById", {"message_ids": message["id"]})["items"][0]
    assert stored["attachments"] == attachments
    price = market_attachment()["market"]["price"]
    assert price == {"amount": "1299000", "currency": {"id": 643, "name": "RUB",
                                                       "title": "Российский рубль"},
                     "text": "12 990 ₽"}
    server = _server(vk)
    odd = [corpus_event(shared_corpora, "kutana/events/nice_update__not_message.json"),
           corpus_event(shared_corpora, "vkbottle/message_new__EXAMPLE_EVENT_2.json"),
           {"type": "message_new", "object": {"message": {"id": 5, "text": "без peer_id"}},
            "group_id": 123}]
    for update in odd:
        vk_fake.push_raw_update(update)
    assert _poll(vk_fake, server["key"], server["ts"])["updates"] == odd


def test_vk_api_bot_long_poll_works_against_the_fake(vk, vk_fake):
    longpoll = VkBotLongPoll(vk, 123, wait=0)
    vk_fake.deliver(ANNA, "Здравствуйте, дверь в наличии?")
    (event,) = longpoll.check()
    assert event.type is VkBotEventType.MESSAGE_NEW and event.from_user
    assert event.message.text == "Здравствуйте, дверь в наличии?"
    vk_fake.fail_next_poll(2)
    assert longpoll.check() == []  # vk_api asks for a new key and keeps its ts
    vk_fake.deliver(IGOR, "А монтаж?")
    assert [e.message.text for e in longpoll.check()] == ["А монтаж?"]
    # The TECHNOTES trap: one message_new without peer_id loses the whole batch.
    vk_fake.deliver(ANNA, "первое")
    vk_fake.push_raw_update({"type": "message_new", "group_id": 123,
                             "object": {"message": {"id": 1, "text": "битое"}}})
    ts_before = longpoll.ts
    with pytest.raises(TypeError):
        longpoll.check()
    assert longpoll.ts != ts_before  # the ts moved on: "первое" will not come again
    assert longpoll.check() == []


def test_reply_events_echo_the_community_own_messages(vk_fake):
    vk_fake.reply_events = True
    vk = vk_fake.vk_api_client()
    server = _server(vk)
    message_id = vk.method("messages.send", {"peer_id": ANNA, "message": "Ок", "random_id": 3})
    (update,) = _poll(vk_fake, server["key"], server["ts"])["updates"]
    assert update["type"] == "message_reply"
    assert update["object"]["id"] == message_id and update["object"]["out"] == 1


def test_stop_wakes_waiting_polls_and_leaves_no_thread():
    before = set(threading.enumerate())
    fake = FakeVk().start()
    vk = fake.vk_api_client()
    server = _server(vk)
    thread = threading.Thread(target=_poll, args=(fake, server["key"], server["ts"], 25))
    thread.start()
    assert fake.wait_for_poller(timeout=2)
    started = time.monotonic()
    fake.stop()
    thread.join(2)
    assert not thread.is_alive() and time.monotonic() - started < 1.0
    assert set(threading.enumerate()) <= before
    with pytest.raises(requests.ConnectionError):
        requests.get(fake.longpoll_url, timeout=2)
    fake.start()  # the same port again (VK back online)
    try:
        assert vk.method("users.get", {"user_ids": "1"}) == []
    finally:
        fake.stop()

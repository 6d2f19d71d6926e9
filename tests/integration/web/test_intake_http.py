"""The intake service over real HTTP, on SQLite and PostgreSQL: forms become leads with
their source, chats become one lead per conversation, and what should be refused is
refused with the right status and leaves nothing behind."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

import pytest
from sqlalchemy import create_engine, text

from leaddesk.bootstrap import open_desk
from leaddesk.domain.codes import ChannelKind, Role
from leaddesk.domain.duty import WeeklyShift
from leaddesk.domain.webforms import STANDARD_FIELDS, FormField, FormSpec
from leaddesk.services import schedule, web_channels, workflow
from leaddesk.services.rules import add_user
from tests.helpers.intake import running_intake

SITE = "https://shop.example.ru"
OTHER = "https://evil.example"


class Desk:
    def __init__(self, url: str) -> None:
        self.url = url
        self.context = open_desk(url)
        uow = self.context.uow_factory
        self.manager = add_user(uow, "olga", "Ольга Белова", Role.MANAGER)
        self.chief = add_user(uow, "chief", "Олег Волков", Role.SUPERVISOR)
        self.chat_id = web_channels.create_site_channel(uow, ChannelKind.WEBCHAT,
                                                        "Чат на сайте", [SITE])
        self.forms_id = web_channels.create_site_channel(uow, ChannelKind.WEBFORM,
                                                         "Формы сайта", [SITE + "/"])
        by_name = {f.name: f for f in STANDARD_FIELDS}
        self.form = web_channels.save_form(uow, FormSpec(
            key="", channel_id=self.forms_id, title="Замер кухни",
            fields=(by_name["name"], FormField("phone", "Телефон", by_name["phone"].kind,
                                               required=True),
                    by_name["email"], by_name["message"],
                    FormField("landing", "Лендинг", hidden=True, value="kitchens-2026"))))
        self.chat_key = next(s.key for c, s in web_channels.site_channels(self.context.reader)
                             if c.id == self.chat_id)
        self.engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))

    def rows(self, sql: str, **params) -> list:
        with self.engine.connect() as connection:
            return connection.execute(text(sql), params).all()

    def leads(self, channel_id: int) -> list:
        return self.rows("SELECT id, source, contact_id, status FROM leads "
                         "WHERE channel_id = :c ORDER BY id", c=channel_id)

    def close(self) -> None:
        self.engine.dispose()
        self.context.close()


@pytest.fixture
def desk(db_url):
    made = Desk(db_url)
    yield made
    made.close()


@pytest.fixture
def client(desk):
    with running_intake(desk.context) as client:
        yield client


def form_post(client, desk, fields: dict[str, str], origin: str | None = SITE,
              json_reply: bool = False):
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if origin:
        headers["Origin"] = origin
    if json_reply:
        headers["Accept"] = "application/json"
    return client.request("POST", f"/f/{desk.form.key}", urlencode(fields).encode(), headers)


def test_a_form_post_becomes_a_lead_with_its_campaign_and_contact(client, desk):
    reply = form_post(client, desk, {
        "name": "Анна Смирнова", "phone": "+7 (916) 123-45-67", "email": "anna@example.ru",
        "message": "Нужен замер в субботу", "landing": "forged", "utm_source": "yandex",
        "utm_campaign": "kitchen", "page": SITE + "/kuhni?utm_source=yandex",
        "company_site": ""})
    assert reply.status == 303 and reply.headers["Location"] == "/thanks"
    [(lead_id, source, contact_id, status)] = desk.leads(desk.forms_id)
    assert (source, status) == ("utm:yandex/kitchen", "new")
    [(text_, headers)] = desk.rows("SELECT text, headers FROM messages WHERE lead_id = :l",
                                   l=lead_id)
    assert "Анна Смирнова" in text_ and "Нужен замер в субботу" in text_
    assert "kitchens-2026" in str(headers) and "forged" not in str(headers)
    identities = {r[0] for r in desk.rows(
        "SELECT value FROM contact_identities WHERE contact_id = :c", c=contact_id)}
    assert "anna@example.ru" in identities and any("9161234567" in v for v in identities)


def test_required_fields_are_named_and_nothing_is_stored(client, desk):
    reply = form_post(client, desk, {"name": "Без телефона"}, json_reply=True)
    assert reply.status == 422
    assert reply.json()["fields"] == ["phone"]
    page = form_post(client, desk, {"name": "Без телефона"})
    assert page.status == 422 and "Телефон" in page.body.decode()
    assert desk.leads(desk.forms_id) == []


@pytest.mark.parametrize(("case", "status"), [
    ("honeypot", 400), ("origin", 403), ("oversized", 413)])
def test_bots_strangers_and_floods_are_refused_and_leave_nothing(client, desk, case, status):
    fields = {"name": "Бот", "phone": "+79161234567"}
    origin = SITE
    if case == "honeypot":
        fields["company_site"] = "http://spam.example"
    elif case == "origin":
        origin = OTHER
    else:
        fields["message"] = "x" * (70 * 1024)
    reply = form_post(client, desk, fields, origin=origin, json_reply=True)
    assert reply.status == status
    # the site's own page may read why; a stranger's page learns nothing
    assert ("Access-Control-Allow-Origin" in reply.headers) == (case != "origin")
    assert desk.leads(desk.forms_id) == []


def test_a_burst_beyond_the_rate_limit_is_refused_with_retry_after(client, desk):
    statuses = [form_post(client, desk, {"phone": f"+7916000000{i}"}, json_reply=True).status
                for i in range(8)]
    assert statuses == [201] * 5 + [429] * 3
    late = form_post(client, desk, {"phone": "+79160000099"}, json_reply=True)
    assert late.status == 429 and int(late.headers["Retry-After"]) >= 1
    assert len(desk.leads(desk.forms_id)) == 5


def test_browsers_may_call_only_from_the_channels_sites(client, desk):
    allowed = client.request("OPTIONS", f"/chat/{desk.chat_key}/messages",
                             headers={"Origin": SITE,
                                      "Access-Control-Request-Method": "POST"})
    assert allowed.status == 204 and allowed.headers["Access-Control-Allow-Origin"] == SITE
    refused = client.request("OPTIONS", f"/chat/{desk.chat_key}/messages",
                             headers={"Origin": OTHER,
                                      "Access-Control-Request-Method": "POST"})
    assert refused.status == 403
    reply = client.post_json(f"/chat/{desk.chat_key}/messages",
                             {"visitor": None, "text": "Здравствуйте"}, origin=OTHER)
    assert reply.status == 403 and desk.leads(desk.chat_id) == []
    assert client.get("/chat/nope/status").status == 404
    assert client.request("POST", "/f/nope", b"a=1").status == 404


def test_a_chat_is_one_lead_and_the_operators_answer_arrives_within_two_seconds(client, desk):
    first = client.post_json(f"/chat/{desk.chat_key}/messages", {
        "visitor": None, "text": "Есть диван «Омега»?",
        "page": SITE + "/divany/omega"}, origin=SITE)
    assert first.status == 201 and first.headers["Access-Control-Allow-Origin"] == SITE
    visitor = first.json()["visitor"]
    second = client.post_json(f"/chat/{desk.chat_key}/messages",
                              {"visitor": visitor, "text": "И сколько доставка?"}, origin=SITE)
    assert second.status == 201
    [(lead_id, source, _contact, _status)] = desk.leads(desk.chat_id)
    assert source == "site:/divany/omega"

    got: dict = {}

    def poll() -> None:
        reply = client.get(f"/chat/{desk.chat_key}/messages?visitor={visitor}"
                           f"&after={second.json()['message']['id']}&wait=10", origin=SITE)
        got["reply"], got["at"] = reply, time.monotonic()

    waiting = threading.Thread(target=poll)
    waiting.start()
    time.sleep(0.5)
    answered_at = time.monotonic()
    workflow.queue_reply(desk.context.uow_factory, lead_id, desk.manager, "Есть, 4 цвета.")
    waiting.join(15)
    lines = got["reply"].json()["messages"]
    assert [(m["from"], m["text"], m["author"]) for m in lines] == [
        ("operator", "Есть, 4 цвета.", "Ольга Белова")]
    assert got["at"] - answered_at < 2.0  # the long poll woke with the answer
    everything = client.get(f"/chat/{desk.chat_key}/messages?visitor={visitor}&after=0")
    assert [m["from"] for m in everything.json()["messages"]] == [
        "visitor", "visitor", "operator"]


def test_a_returning_visitor_continues_and_a_closed_chat_starts_a_new_lead(client, desk):
    first = client.post_json(f"/chat/{desk.chat_key}/messages",
                             {"visitor": None, "text": "Добрый день"}, origin=SITE).json()
    visitor = first["visitor"]
    [(lead_id, _s, contact_id, _st)] = desk.leads(desk.chat_id)
    workflow.reject_lead(desk.context.uow_factory, lead_id, desk.manager, None)
    client.post_json(f"/chat/{desk.chat_key}/messages",
                     {"visitor": visitor, "text": "Я снова тут"}, origin=SITE)
    leads = desk.leads(desk.chat_id)
    assert len(leads) == 2 and leads[1][2] == contact_id and leads[1][3] == "new"
    lines = client.get(f"/chat/{desk.chat_key}/messages?visitor={visitor}&after=0").json()
    assert [m["text"] for m in lines["messages"]] == ["Добрый день", "Я снова тут"]
    unknown = client.get(f"/chat/{desk.chat_key}/messages?visitor=forged&after=0")
    assert unknown.status == 404 and unknown.json()["error"] == "unknown_visitor"


def test_contacts_left_in_the_chat_fill_the_contact_and_join_a_known_customer(client, desk):
    form_post(client, desk, {"name": "Пётр Орлов", "phone": "+7 916 555-44-33"})
    [(_form_lead, _s, known_contact, _st)] = desk.leads(desk.forms_id)
    visitor = client.post_json(f"/chat/{desk.chat_key}/messages",
                               {"visitor": None, "text": "Это снова я"}, origin=SITE
                               ).json()["visitor"]
    reply = client.post_json(f"/chat/{desk.chat_key}/contact", {
        "visitor": visitor, "name": "Пётр", "phone": "8 (916) 555-44-33",
        "email": "petr@example.ru"}, origin=SITE)
    assert reply.status == 200
    [(_chat_lead, _s, contact_id, _st)] = desk.leads(desk.chat_id)
    assert contact_id == known_contact
    values = {r[0] for r in desk.rows(
        "SELECT value FROM contact_identities WHERE contact_id = :c", c=contact_id)}
    assert "petr@example.ru" in values
    # the conversation goes on with the merged contact
    more = client.post_json(f"/chat/{desk.chat_key}/messages",
                            {"visitor": visitor, "text": "Жду ответа"}, origin=SITE)
    assert more.status == 201 and len(desk.leads(desk.chat_id)) == 1


def test_with_nobody_on_duty_the_chat_is_offline_and_the_contact_form_makes_a_lead(
        client, desk):
    assert client.get(f"/chat/{desk.chat_key}/status").json()["online"] is True
    weekday = (datetime.now(UTC) + timedelta(days=3)).weekday()  # a shift on another day
    schedule.save_schedule(desk.context.uow_factory, desk.chief,
                           [WeeklyShift(desk.manager, desk.chat_id, weekday, 600, 660)], [],
                           "UTC")
    status = client.get(f"/chat/{desk.chat_key}/status").json()
    assert status["online"] is False and status["offline_text"]
    missing = client.post_json(f"/chat/{desk.chat_key}/offline",
                               {"name": "Ира", "text": "Перезвоните"}, origin=SITE)
    assert missing.status == 422 and set(missing.json()["fields"]) == {"phone", "email"}
    sent = client.post_json(f"/chat/{desk.chat_key}/offline", {
        "name": "Ира", "phone": "+79165554433", "text": "Перезвоните после 18:00",
        "page": SITE + "/contacts"}, origin=SITE)
    assert sent.status == 201
    [(lead_id, source, _c, _st)] = desk.leads(desk.chat_id)
    [(body,)] = desk.rows("SELECT text FROM messages WHERE lead_id = :l", l=lead_id)
    assert source == "site:/contacts" and "Перезвоните после 18:00" in body


def test_a_message_longer_than_the_limit_is_refused(client, desk):
    reply = client.post_json(f"/chat/{desk.chat_key}/messages",
                             {"visitor": None, "text": "я" * 4001}, origin=SITE)
    assert reply.status == 413 and desk.leads(desk.chat_id) == []
    bad = client.request("POST", f"/chat/{desk.chat_key}/messages", b"{not json",
                         {"Content-Type": "application/json", "Origin": SITE})
    assert bad.status == 400


def test_a_visitor_writing_again_after_an_answer_waits_from_that_message(client, desk):
    first = client.post_json(f"/chat/{desk.chat_key}/messages",
                             {"visitor": None, "text": "Доставка в Химки есть?"}, origin=SITE)
    visitor = first.json()["visitor"]
    [(lead_id, *_rest)] = desk.leads(desk.chat_id)
    workflow.queue_reply(desk.context.uow_factory, lead_id, desk.manager, "Есть, 500 ₽.")

    def due() -> int | None:
        [(value,)] = desk.rows("SELECT reply_due_at FROM leads WHERE id = :l", l=lead_id)
        return value

    assert due() is None
    client.post_json(f"/chat/{desk.chat_key}/messages",
                     {"visitor": visitor, "text": "А в субботу?"}, origin=SITE)
    client.post_json(f"/chat/{desk.chat_key}/messages",
                     {"visitor": visitor, "text": "Ау?"}, origin=SITE)
    [(asked_at,)] = desk.rows("SELECT min(sent_at) FROM messages WHERE lead_id = :l "
                              "AND text = 'А в субботу?'", l=lead_id)
    assert due() == asked_at + 120 * 1_000_000  # from the first unanswered message
    workflow.queue_reply(desk.context.uow_factory, lead_id, desk.manager, "Да, до 18:00.")
    assert due() is None
    [(first_response,)] = desk.rows("SELECT first_response_at FROM leads WHERE id = :l",
                                    l=lead_id)
    [(first_sent,)] = desk.rows("SELECT min(sent_at) FROM messages WHERE lead_id = :l "
                                "AND direction = 'outbound'", l=lead_id)
    assert first_response == first_sent  # the first answer stays the first answer


def test_a_visitor_writing_again_after_an_answer_alerts_the_leads_owner(client, desk):
    first = client.post_json(f"/chat/{desk.chat_key}/messages",
                             {"visitor": None, "text": "Сборка входит в цену?"}, origin=SITE)
    visitor = first.json()["visitor"]
    [(lead_id, *_rest)] = desk.leads(desk.chat_id)
    workflow.queue_reply(desk.context.uow_factory, lead_id, desk.manager, "Да, входит.")
    [(owner,)] = desk.rows("SELECT assignee_id FROM leads WHERE id = :l", l=lead_id)
    assert owner == desk.manager
    reader = desk.context.reader
    mark = max((a.audit_id for a in reader.alerts(desk.manager, "manager", 0, 100)), default=0)
    again = client.post_json(f"/chat/{desk.chat_key}/messages",
                             {"visitor": visitor, "text": "А подъём на этаж?"}, origin=SITE)
    assert again.status == 201
    alerts = reader.alerts(desk.manager, "manager", mark, 10)
    assert [(a.lead_id, a.action) for a in alerts] == [(lead_id, "customer_wrote")]

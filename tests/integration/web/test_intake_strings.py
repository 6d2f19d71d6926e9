"""The Big List of Naughty Strings through every field of a form and the chat: stored
exactly as sent, and handed back to the visitor's page exactly as sent (as data, for the
widget to show as text)."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest

from tests.helpers.intake import running_intake
from tests.integration.web.test_intake_http import SITE, Desk


@pytest.fixture
def naughty(shared_corpora) -> list[str]:
    strings = json.loads((shared_corpora / "strings" / "blns" / "blns.json").read_text("utf-8"))
    return [s for s in strings if s.strip()]


@pytest.fixture
def desk(db_url):
    made = Desk(db_url)
    yield made
    made.close()


def test_every_naughty_string_in_every_form_field_is_stored_exactly(desk, naughty):
    with running_intake(desk.context, form_limit=10_000) as client:
        for i, value in enumerate(naughty):
            fields = {"name": value, "phone": "+7916000" + f"{i:04d}", "email": value,
                      "message": value, "utm_source": value, "page": value}
            reply = client.request("POST", f"/f/{desk.form.key}", urlencode(fields).encode(),
                                   {"Content-Type": "application/x-www-form-urlencoded",
                                    "Origin": SITE, "Accept": "application/json"})
            assert reply.status == 201, (value, reply.body)
    rows = desk.rows("SELECT m.headers FROM messages m JOIN leads l ON l.id = m.lead_id "
                     "WHERE l.channel_id = :c ORDER BY m.id", c=desk.forms_id)
    assert len(rows) == len(naughty)
    for (headers,), value in zip(rows, naughty, strict=True):
        stored = headers if isinstance(headers, dict) else json.loads(headers)
        assert stored["fields"]["name"] == value
        assert stored["fields"]["message"] == value
        assert stored["utm_source"] == value


def test_every_naughty_string_in_the_chat_comes_back_exactly(desk, naughty):
    with running_intake(desk.context, chat_limit=10_000) as client:
        visitor = None
        sent = []
        for value in naughty:
            reply = client.post_json(f"/chat/{desk.chat_key}/messages",
                                     {"visitor": visitor, "text": value, "page": value},
                                     origin=SITE)
            assert reply.status == 201, (value, reply.body)
            visitor = reply.json()["visitor"]
            sent.append(value)
        lines, after = [], 0
        while page := client.get(f"/chat/{desk.chat_key}/messages?visitor={visitor}"
                                 f"&after={after}", origin=SITE).json()["messages"]:
            lines += page  # a page holds at most 200 lines
            after = page[-1]["id"]
    assert [line["text"] for line in lines] == sent
    stored = [r[0] for r in desk.rows(
        "SELECT m.text FROM messages m JOIN leads l ON l.id = m.lead_id "
        "WHERE l.channel_id = :c ORDER BY m.id", c=desk.chat_id)]
    assert stored == sent

"""Answers by email: correct headers, a copy in Sent, the customer's reply threading back,
and the outbox keeping an answer through an SMTP outage."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy

from leaddesk.services.workflow import queue_reply
from tests.helpers.mailgen import make_mail


def _one(desk, sql: str, **params):
    return desk.query(sql, **params)


def _customer_lead(desk) -> int:
    desk.append(make_mail(1, sender="Пётр Иванов <petr@example.ru>",
                          subject="Нужны межкомнатные двери", message_id="<q.1@example.ru>",
                          references="<older.0@example.ru>"))
    desk.sync()
    return _one(desk, "select max(id) from leads")[0]


def _manager(desk) -> int:
    from leaddesk.domain.codes import Role
    from leaddesk.services.rules import add_user

    return add_user(desk.context.uow_factory, login="anna", name="Анна Смирнова",
                    role=Role.MANAGER)


def test_an_answer_goes_out_with_threading_headers_and_a_copy_in_sent(mail_desk):
    lead_id = _customer_lead(mail_desk)
    anna = _manager(mail_desk)
    mail_desk.dovecot.append(mail_desk.login, "Sent", make_mail(99))  # the folder exists
    message_id = queue_reply(mail_desk.context.uow_factory, lead_id, anna,
                             "Здравствуйте, Пётр! Пришлём каталог сегодня.")
    assert _one(mail_desk, "select first_response_at from leads where id=:i", i=lead_id)[0]
    counts = mail_desk.deliver()
    assert (counts.sent, counts.failed) == (1, 0)
    envelope = mail_desk.smtp.wait_for(1, timeout=5)[0]
    sent = message_from_bytes(envelope.raw, policy=policy.default)
    assert list(envelope.rcpt_tos) == ["petr@example.ru"]
    assert sent["In-Reply-To"] == "<q.1@example.ru>"
    assert sent["References"].split() == ["<older.0@example.ru>", "<q.1@example.ru>"]
    assert sent["Subject"] == "Re: Нужны межкомнатные двери"
    assert "Пётр Иванов" in str(sent["To"])
    assert "Пришлём каталог" in sent.get_body(("plain",)).get_content()
    stored = _one(mail_desk, "select external_id, delivery_state from messages where id=:i",
                  i=message_id)
    assert sent["Message-ID"] == f"<{stored.external_id}>"
    assert stored.delivery_state == "sent"
    client = mail_desk.dovecot.client(mail_desk.login)
    client.select_folder("Sent", readonly=True)
    copies = client.search(["HEADER", "Message-ID", stored.external_id])
    client.logout()
    assert len(copies) == 1

    # The customer answers our answer: it joins the same lead.
    mail_desk.append(make_mail(2, sender="petr@example.ru",
                               in_reply_to=f"<{stored.external_id}>",
                               subject="Re: Re: совсем другая тема"))
    report = mail_desk.sync()
    assert report.counts.joined == 1 and report.counts.new_leads == 0
    assert _one(mail_desk, "select count(*) from messages where lead_id=:i", i=lead_id)[0] == 3


def test_an_answer_waits_in_the_outbox_while_smtp_is_down_and_goes_later(mail_desk):
    lead_id = _customer_lead(mail_desk)
    anna = _manager(mail_desk)
    mail_desk.smtp.stop()
    message_id = queue_reply(mail_desk.context.uow_factory, lead_id, anna, "Ответ клиенту")
    counts = mail_desk.deliver()
    assert (counts.sent, counts.failed) == (0, 1)
    failed = _one(mail_desk, "select delivery_state, last_error, next_attempt_at, external_id, "
                  "text from messages where id=:i", i=message_id)
    assert failed.delivery_state == "failed"
    assert "refused the connection" in failed.last_error
    assert failed.text == "Ответ клиенту"  # nothing typed is lost
    # Not due yet: a pass now leaves it alone.
    assert mail_desk.deliver().sent == 0
    mail_desk.smtp.start()
    later = datetime.now(UTC) + timedelta(minutes=5)
    counts = mail_desk.deliver(now=later)
    assert counts.sent == 1
    envelope = mail_desk.smtp.wait_for(1, timeout=5)[0]
    sent = message_from_bytes(envelope.raw, policy=policy.default)
    assert sent["Message-ID"] == f"<{failed.external_id}>"  # the retry is the same message
    assert _one(mail_desk, "select delivery_state from messages where id=:i",
                i=message_id)[0] == "sent"


def test_a_refused_answer_is_reported_with_the_servers_words(mail_desk):
    lead_id = _customer_lead(mail_desk)
    anna = _manager(mail_desk)
    mail_desk.smtp.reject_next(451, "4.3.0 Try again later")
    message_id = queue_reply(mail_desk.context.uow_factory, lead_id, anna, "Ответ")
    assert mail_desk.deliver().failed == 1
    row = _one(mail_desk, "select last_error from messages where id=:i", i=message_id)
    assert "451" in row.last_error and "Try again later" in row.last_error
    alerts = mail_desk.context.reader.alerts(anna, "manager", 0, 10)
    assert [a.action for a in alerts if a.action == "delivery_failed"] == ["delivery_failed"]


def test_answers_that_no_channel_can_send_do_not_hold_up_the_others(mail_desk):
    from datetime import UTC, datetime

    from leaddesk.domain.codes import ChannelKind, IdentityKind
    from leaddesk.services.intake import InboundRequest, ensure_channel, record_inbound_lead

    anna = _manager(mail_desk)
    ensure_channel(mail_desk.context.uow_factory, ChannelKind.PHONE, "Телефон", 1800)
    for n in range(60):  # answers written on phone leads wait in the outbox for ever
        phone_lead = record_inbound_lead(mail_desk.context.uow_factory, InboundRequest(
            channel_name="Телефон", received_at=datetime.now(UTC), text=f"Звонок {n}",
            identities=((IdentityKind.PHONE, f"+7 916 000-00-{n:02d}"),)))
        queue_reply(mail_desk.context.uow_factory, phone_lead, anna, "Перезвоним")
    lead_id = _customer_lead(mail_desk)
    message_id = queue_reply(mail_desk.context.uow_factory, lead_id, anna, "Ответ письмом")
    assert mail_desk.deliver().sent == 1
    assert _one(mail_desk, "select delivery_state from messages where id=:i",
                i=message_id)[0] == "sent"


def test_a_bounced_answer_is_shown_as_not_sent_with_the_reason(mail_desk):
    lead_id = _customer_lead(mail_desk)
    anna = _manager(mail_desk)
    message_id = queue_reply(mail_desk.context.uow_factory, lead_id, anna, "Ответ клиенту")
    assert mail_desk.deliver().sent == 1
    original = mail_desk.smtp.wait_for(1, timeout=5)[0].raw
    bounce = (b"From: Mail Delivery System <MAILER-DAEMON@mx.example.ru>\r\n"
              b"To: " + mail_desk.account.address.encode() + b"\r\n"
              b"Subject: Undelivered Mail Returned to Sender\r\n"
              b"Message-ID: <bounce.77@mx.example.ru>\r\nMIME-Version: 1.0\r\n"
              b"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n"
              b"\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
              b"<petr@example.ru>: host mx.example.ru said: 550 5.1.1 User unknown\r\n"
              b"\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\n"
              b"Reporting-MTA: dns; mx.example.ru\r\n\r\nFinal-Recipient: rfc822; petr@example.ru"
              b"\r\nAction: failed\r\nStatus: 5.1.1\r\n"
              b"\r\n--b\r\nContent-Type: message/rfc822\r\n\r\n" + original +
              b"\r\n--b--\r\n")
    mail_desk.append(bounce)
    report = mail_desk.sync()
    assert dict(report.counts.set_aside) == {"bounce": 1}
    row = _one(mail_desk, "select delivery_state, last_error, next_attempt_at from messages "
                          "where id=:i", i=message_id)
    assert row.delivery_state == "failed" and row.next_attempt_at is None
    assert "came back from mx.example.ru" in row.last_error and "User unknown" in row.last_error
    alerts = mail_desk.context.reader.alerts(anna, "manager", 0, 10)
    assert "delivery_failed" in [a.action for a in alerts]

"""Mail into leads against a real Dovecot: first and incremental sync, read flags left
alone, UIDVALIDITY reset, threading, and mail that is no lead."""

from __future__ import annotations

from dataclasses import replace

import pytest

from leaddesk.domain.email_account import Security
from leaddesk.services.mail_sync import sync_account
from leaddesk.services.ports import MailboxError
from tests.helpers.mailgen import make_mail
from tests.integration.email.conftest import make_account


def _count(desk, sql: str) -> int:
    return desk.query(sql)[0]


def test_first_sync_makes_a_lead_per_mail_and_leaves_read_flags_alone(mail_desk):
    for i in range(3):
        mail_desk.append(make_mail(i, sender=f"client{i}@example.ru"))
    report = mail_desk.sync()
    assert report.counts.new_leads == 3
    assert _count(mail_desk, "select count(*) from leads") == 3
    assert _count(mail_desk, "select count(distinct contact_id) from leads") == 3
    flags = mail_desk.dovecot.flags(mail_desk.login, "INBOX")
    assert all(b"\\Seen" not in f for f in flags.values()), "sync marked mail as read"
    again = mail_desk.sync()
    assert again.counts.new_leads == 0 and again.counts.duplicates == 0


def test_incremental_sync_takes_only_new_mail(mail_desk):
    mail_desk.append(make_mail(10, sender="first@example.ru"))
    mail_desk.sync()
    mail_desk.append(make_mail(11, sender="second@example.ru"))
    mail_desk.append(make_mail(12, sender="third@example.ru"))
    report = mail_desk.sync()
    assert report.counts.new_leads == 2
    assert _count(mail_desk, "select count(*) from leads") == 3


def test_a_renumbered_folder_stores_nothing_twice(mail_desk):
    for i in range(4):
        mail_desk.append(make_mail(20 + i, sender=f"c{i}@example.ru"))
    mail_desk.sync()
    mail_desk.dovecot.reset_uidvalidity(mail_desk.login, "INBOX", restart_uids=True)
    mail_desk.append(make_mail(30, sender="new@example.ru"))
    report = mail_desk.sync()
    assert report.folders[0].uidvalidity_changed
    assert report.counts.new_leads == 1
    assert _count(mail_desk, "select count(*) from leads") == 5
    assert _count(mail_desk, "select count(*) from messages") == 5


def test_a_customer_reply_joins_its_lead_by_headers_or_by_subject(mail_desk):
    first = make_mail(40, sender="Ирина <irina@example.ru>", subject="Двери в офис",
                      message_id="<first.40@example.ru>")
    mail_desk.append(first)
    mail_desk.sync()
    reply = make_mail(41, sender="irina@example.ru", in_reply_to="<first.40@example.ru>",
                      message_id="<reply.41@example.ru>")
    lost_headers = make_mail(42, sender="IRINA@example.ru", subject="RE: Двери в офис",
                             message_id="<reply.42@example.ru>")
    stranger = make_mail(43, sender="other@example.ru", subject="Re: Двери в офис")
    for raw in (reply, lost_headers, stranger):
        mail_desk.append(raw)
    report = mail_desk.sync()
    assert report.counts.joined == 2
    assert report.counts.new_leads == 1  # the stranger's mail is a lead of its own
    assert _count(mail_desk, "select count(*) from leads") == 2
    assert _count(mail_desk, "select count(*) from messages where lead_id = "
                  "(select min(id) from leads)") == 3


def test_auto_replies_bounces_and_the_teams_own_mail_are_set_aside(mail_desk):
    auto = (b"From: Boss <boss@example.ru>\r\nTo: sales@shop.example.ru\r\n"
            b"Subject: Out of Office: Re: price\r\nAuto-Submitted: auto-replied\r\n"
            b"Message-ID: <auto.1@example.ru>\r\n\r\nI am away until Monday.\r\n")
    bounce = (b"From: Mail Delivery System <MAILER-DAEMON@mx.example.ru>\r\n"
              b"To: sales@shop.example.ru\r\nSubject: Undelivered Mail Returned to Sender\r\n"
              b"Message-ID: <bounce.1@mx.example.ru>\r\nMIME-Version: 1.0\r\n"
              b"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n"
              b"\r\n--b\r\nContent-Type: text/plain\r\n\r\nThe mail could not be delivered."
              b"\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\n"
              b"Reporting-MTA: dns; mx.example.ru\r\n\r\nFinal-Recipient: rfc822; x@y.ru\r\n"
              b"Action: failed\r\nStatus: 5.1.1\r\n\r\n--b--\r\n")
    own = make_mail(50, sender=f"{mail_desk.login}@shop.example.ru", subject="Прайс")
    for raw in (auto, bounce, own):
        mail_desk.append(raw)
    report = mail_desk.sync()
    assert report.counts.new_leads == 0
    assert dict(report.counts.set_aside) == {"auto_reply": 1, "bounce": 1, "own_address": 1}
    aside = mail_desk.context.reader.set_aside_mail(mail_desk.channel_id, 10)
    assert {item.reason for item in aside} == {"auto_reply", "bounce", "own_address"}
    raw = mail_desk.context.reader.set_aside_raw(
        next(i.id for i in aside if i.reason == "auto_reply"))
    assert raw.replace(b"\r\n", b"\n") == auto.replace(b"\r\n", b"\n")


@pytest.mark.parametrize("security", [Security.SSL, Security.STARTTLS])
def test_mail_is_read_over_tls_with_the_accounts_certificate_authority(mail_desk, security):
    account = make_account(mail_desk.dovecot, mail_desk.smtp, mail_desk.login, security)
    mail_desk.append(make_mail(60, sender="tls@example.ru"))
    client = mail_desk.context.connector.open_mailbox(account, mail_desk.password)
    try:
        report = sync_account(mail_desk.context.uow_factory, mail_desk.channel_id, client,
                              account)
    finally:
        client.close()
    assert report.counts.new_leads == 1


def test_an_untrusted_certificate_is_explained(mail_desk):
    account = replace(make_account(mail_desk.dovecot, mail_desk.smtp, mail_desk.login,
                                   Security.SSL), ca_file="")
    with pytest.raises(MailboxError) as caught:
        mail_desk.context.connector.open_mailbox(account, mail_desk.password)
    assert "not trusted" in caught.value.reason
    assert "certificate authority file" in caught.value.reason


def test_a_missing_folder_is_named(mail_desk):
    account = replace(mail_desk.account, folders=("INBOX", "Заявки"))
    client = mail_desk.context.connector.open_mailbox(account, mail_desk.password)
    try:
        with pytest.raises(MailboxError) as caught:
            sync_account(mail_desk.context.uow_factory, mail_desk.channel_id, client, account)
    finally:
        client.close()
    assert "Заявки" in caught.value.reason and "does not exist" in caught.value.reason


def test_the_first_sync_leaves_old_mail_in_the_mailbox(dovecot, mail_desk):
    from datetime import UTC, datetime, timedelta

    old = datetime.now(UTC) - timedelta(days=90)
    dovecot.append(mail_desk.login, "INBOX", make_mail(70, sender="old@example.ru"),
                   date=old)
    mail_desk.append(make_mail(71, sender="recent@example.ru"))
    report = mail_desk.sync()  # the account reaches 30 days back
    assert report.counts.new_leads == 1
    assert report.folders[0].skipped_history == 1
    mail_desk.append(make_mail(72, sender="later@example.ru"))
    assert mail_desk.sync().counts.new_leads == 1
    assert _count(mail_desk, "select count(*) from leads") == 2


def test_mail_from_before_the_account_existed_is_not_overdue_the_moment_it_lands(
        dovecot, mail_desk):
    from datetime import UTC, datetime, timedelta

    from leaddesk.domain.timefmt import from_us

    week_ago = datetime.now(UTC) - timedelta(days=7)
    dovecot.append(mail_desk.login, "INBOX", make_mail(80, sender="old@example.ru"),
                   date=week_ago)
    mail_desk.sync()  # the first sync: history
    dovecot.append(mail_desk.login, "INBOX", make_mail(81, sender="late@example.ru"),
                   date=week_ago)
    mail_desk.sync()  # arrived while the desk was closed: really a week late
    history_due = from_us(mail_desk.query("select min(sla_due_at) from leads where id = "
                                          "(select min(id) from leads)")[0])
    late_due = from_us(mail_desk.query("select min(sla_due_at) from leads where id = "
                                       "(select max(id) from leads)")[0])
    assert history_due > datetime.now(UTC)
    assert late_due < datetime.now(UTC) - timedelta(days=6)


def test_a_reply_to_a_closed_lead_starts_a_new_one(mail_desk):
    from leaddesk.domain.codes import Role
    from leaddesk.services.rules import add_user
    from leaddesk.services.workflow import reject_lead

    mail_desk.append(make_mail(90, sender="ivan@example.ru", subject="Двери",
                               message_id="<first.90@example.ru>"))
    mail_desk.sync()
    lead_id = mail_desk.query("select max(id) from leads")[0]
    boss = add_user(mail_desk.context.uow_factory, "boss", "Шеф", Role.SUPERVISOR)
    reject_lead(mail_desk.context.uow_factory, lead_id, boss, None, "не наш профиль")
    mail_desk.append(make_mail(91, sender="ivan@example.ru", subject="Re: Двери",
                               in_reply_to="<first.90@example.ru>"))
    mail_desk.append(make_mail(92, sender="ivan@example.ru", subject="Re: Двери"))
    report = mail_desk.sync()
    assert report.counts.new_leads == 1 and report.counts.joined == 1
    assert _count(mail_desk, "select count(*) from leads where status = 'new'") == 1


def test_two_desks_syncing_one_mailbox_store_each_mail_once_without_errors(mail_desk):
    import threading

    from leaddesk.services.mail_sync import sync_account

    for i in range(40):
        mail_desk.append(make_mail(100 + i, sender=f"team{i}@example.ru",
                                   subject=f"Вопрос {i}"))
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def desk() -> None:
        client = mail_desk.context.connector.open_mailbox(mail_desk.account,
                                                          mail_desk.password)
        try:
            start.wait()
            sync_account(mail_desk.context.uow_factory, mail_desk.channel_id, client,
                         mail_desk.account)
        except BaseException as error:
            errors.append(error)
        finally:
            client.close()

    threads = [threading.Thread(target=desk) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    assert _count(mail_desk, "select count(*) from messages") == 40
    assert _count(mail_desk, "select count(*) from leads") == 40

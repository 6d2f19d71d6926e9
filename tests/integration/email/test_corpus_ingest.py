"""The whole shared email corpus through a real mailbox: every mail is stored once, as a
lead, a message of its lead, or set aside with its reason; nothing stops the sync."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import create_engine, text

from tests.integration.email.test_parse_corpus import _messages


def test_every_corpus_mail_is_a_lead_or_set_aside_with_a_reason(mail_desk, shared_corpora):
    messages = _messages(shared_corpora)
    mail_desk.dovecot.append_many(mail_desk.login, "INBOX", [raw for _name, raw in messages])
    report = mail_desk.sync()
    counts = report.counts
    engine = create_engine(mail_desk.url)
    with engine.connect() as connection:
        inbound = connection.execute(text(
            "select count(*) from messages where direction='inbound'")).scalar()
        aside = dict(connection.execute(text(
            "select reason, count(*) from set_aside_mail group by reason")).all())
        leads = connection.execute(text("select count(*) from leads")).scalar()
        damaged = connection.execute(text(
            "select count(*) from messages where parse_problem is not null and raw is null"
        )).scalar()
        attachment = connection.execute(text(
            "select name, size from attachments where size = 178213")).first()
        remote = connection.execute(text(
            "select count(*) from messages where html like '%src=\"http%'")).scalar()
    engine.dispose()
    # Every mail is accounted for; the only ones not stored are repeats of a Message-ID
    # that is already stored (the same mail twice in the corpus).
    assert inbound + sum(aside.values()) + counts.duplicates == len(messages)
    ids = Counter(parsed_id for parsed_id in _message_ids(messages) if parsed_id)
    assert counts.duplicates <= sum(n - 1 for n in ids.values()) + _without_id_repeats(messages)
    assert leads == counts.new_leads and leads > 150
    assert set(aside) <= {"auto_reply", "bounce", "own_address"}
    assert aside.get("bounce", 0) >= 10
    assert damaged == 0, "a damaged mail was stored without its original bytes"
    assert attachment is not None and attachment.name.startswith("Картинка с очень")
    assert remote == 0, "a remote image survived sanitizing"


def _message_ids(messages):
    from leaddesk.adapters.channels.email.parse import parse_mail

    return [parse_mail(raw).message_id for _name, raw in messages]


def _without_id_repeats(messages) -> int:
    from hashlib import sha256

    from leaddesk.adapters.channels.email.parse import parse_mail

    hashes = Counter(sha256(raw).hexdigest() for _n, raw in messages
                     if not parse_mail(raw).message_id)
    return sum(n - 1 for n in hashes.values())

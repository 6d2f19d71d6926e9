"""The demo history: realistic, reproducible, consistent with itself, loadable twice."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from leaddesk.adapters.db.bulk import SqlBulkLoader
from leaddesk.adapters.db.engine import make_engine
from leaddesk.adapters.db.migrate import upgrade
from leaddesk.domain.codes import ChannelKind, IdentityKind, LeadStatus
from leaddesk.domain.identities import normalize_identity
from leaddesk.domain.inbox import search_document
from leaddesk.domain.timefmt import from_us, to_us
from leaddesk.services.demo import DemoConflict, DemoSummary, fill_demo

NOW = datetime(2025, 3, 14, 15, 30, tzinfo=UTC)
MOSCOW = ZoneInfo("Europe/Moscow")
LEADS = 3000
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
DEMO_KINDS = {ChannelKind.EMAIL, ChannelKind.VK, ChannelKind.WEBCHAT, ChannelKind.WEBFORM,
              ChannelKind.PHONE}


def new_database(path):
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    return engine


def load(engine, *, leads=LEADS, seed=7, zone=MOSCOW, progress=None) -> DemoSummary:
    return fill_demo(SqlBulkLoader(engine), leads=leads, seed=seed, now=NOW, zone=zone,
                     progress=progress)


def rows(engine, sql: str, **params) -> list:
    with engine.connect() as connection:
        return [tuple(r) for r in connection.execute(text(sql), params)]


def scalar(engine, sql: str, **params):
    with engine.connect() as connection:
        return connection.execute(text(sql), params).scalar()


def leads_hash(engine) -> str:
    table = rows(engine, "SELECT * FROM leads ORDER BY id")
    return hashlib.sha256(repr(table).encode()).hexdigest()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    engine = new_database(tmp_path_factory.mktemp("demo") / "d.db")
    calls = []
    summary = load(engine, progress=lambda done, total: calls.append((done, total)))
    yield engine, summary, calls
    engine.dispose()


def test_the_summary_counts_what_is_in_the_database(demo):
    engine, summary, calls = demo
    assert summary.leads == LEADS == scalar(engine, "SELECT count(*) FROM leads")
    assert summary.contacts == scalar(engine, "SELECT count(*) FROM contacts")
    assert summary.messages == scalar(engine, "SELECT count(*) FROM messages")
    assert summary.deals == scalar(engine, "SELECT count(*) FROM deals")
    assert summary.users == scalar(engine, "SELECT count(*) FROM users") == 8
    assert summary.channels == scalar(engine, "SELECT count(*) FROM channels") == 5
    assert LEADS * 0.7 < summary.contacts < LEADS  # some customers come back
    assert calls[-1] == (LEADS, LEADS)
    assert [done for done, _total in calls] == sorted(done for done, _total in calls)


def test_the_team_channels_and_reasons_are_set_up(demo):
    engine, _summary, _calls = demo
    roles = Counter(role for (role,) in rows(engine, "SELECT role FROM users"))
    assert roles == {"dispatcher": 2, "manager": 5, "supervisor": 1}
    assert all(CYRILLIC.search(name) for (name,) in rows(engine, "SELECT name FROM users"))
    channels = dict(rows(engine, "SELECT kind, sla_seconds FROM channels"))
    assert channels == {"email": 3600, "vk": 900, "webchat": 120, "webform": 1800, "phone": 300}
    reasons = {t for (t,) in rows(engine, "SELECT title FROM reject_reasons")}
    assert {"Спам", "Дорого", "Дубль"} <= reasons
    assert rows(engine, "SELECT value FROM settings WHERE key = 'company.time_zone'") == [
        ('{"name": "Europe/Moscow"}',)]


def test_every_channel_and_every_status_occurs_in_realistic_shares(demo):
    engine, _summary, _calls = demo
    kinds = Counter(dict(rows(engine, "SELECT channel_kind, count(*) FROM leads GROUP BY 1")))
    assert set(kinds) == {k.value for k in DEMO_KINDS}
    assert kinds["email"] > kinds["phone"]
    assert kinds["vk"] > kinds["phone"]
    statuses = Counter(dict(rows(engine, "SELECT status, count(*) FROM leads GROUP BY 1")))
    assert set(statuses) == {s.value for s in LeadStatus}
    assert 0.03 < statuses["new"] / LEADS < 0.15
    assert 0.10 < statuses["converted"] / LEADS < 0.30
    unanswered = scalar(engine, "SELECT avg(first_response_at IS NULL) FROM leads")
    assert 0.05 < unanswered < 0.25


def test_new_leads_are_mostly_the_recent_ones(demo):
    engine, _summary, _calls = demo
    recent = to_us(NOW - timedelta(days=3))
    share_recent, share_older = rows(
        engine,
        "SELECT avg(CASE WHEN received_at >= :t THEN status = 'new' END), "
        "avg(CASE WHEN received_at < :t THEN status = 'new' END) FROM leads", t=recent)[0]
    assert share_recent > 3 * share_older


def test_subjects_previews_and_names_are_russian(demo):
    engine, _summary, _calls = demo
    for subject, preview, name in rows(
        engine,
        "SELECT l.subject, l.preview, c.display_name FROM leads l "
        "JOIN contacts c ON c.id = l.contact_id",
    ):
        assert CYRILLIC.search(subject)
        assert CYRILLIC.search(preview)
        assert CYRILLIC.search(name)
        assert len(preview) <= 300
        assert "\n" not in preview and "  " not in preview
    subjects = [s for (s,) in rows(engine, "SELECT subject FROM leads "
                                           "WHERE channel_kind = 'email'")]
    assert any(s.startswith("Запрос цены на ") for s in subjects)


def test_the_same_seed_gives_the_same_history_and_another_seed_another(demo, tmp_path):
    engine, _summary, _calls = demo
    again = new_database(tmp_path / "again.db")
    load(again)
    other = new_database(tmp_path / "other.db")
    load(other, seed=8)
    assert leads_hash(again) == leads_hash(engine)
    assert leads_hash(other) != leads_hash(engine)
    again.dispose()
    other.dispose()


def test_leads_arrive_in_the_90_days_before_now_with_ids_in_arrival_order(demo):
    engine, _summary, _calls = demo
    first, last = rows(engine, "SELECT min(received_at), max(received_at) FROM leads")[0]
    assert to_us(NOW - timedelta(days=90)) <= first
    assert last < to_us(NOW)
    assert scalar(engine, "SELECT count(*) FROM leads a JOIN leads b ON b.id = a.id + 1 "
                          "WHERE b.received_at < a.received_at") == 0


def test_lunch_and_evening_are_peaks_and_weekends_are_lighter(demo):
    engine, _summary, _calls = demo
    hours = Counter()
    days = Counter()
    for (received,) in rows(engine, "SELECT received_at FROM leads"):
        local = from_us(received).astimezone(MOSCOW)
        hours[local.hour] += 1
        days[local.date()] += 1
    night = sum(hours[h] for h in (3, 4, 5)) / 3
    lunch = sum(hours[h] for h in (12, 13)) / 2
    evening = sum(hours[h] for h in (18, 19, 20)) / 3
    assert lunch > 5 * night
    assert evening > 5 * night
    whole_days = sorted(days)[1:-1]  # the first and the last day are cut
    weekday = [days[d] for d in whole_days if d.weekday() < 5]
    weekend = [days[d] for d in whole_days if d.weekday() >= 5]
    assert sum(weekend) / len(weekend) < 0.8 * sum(weekday) / len(weekday)


def _local_cells(engine, zone) -> list[tuple]:
    """(local hour number, kind, source, status) -> [leads, answered, seconds], by hand."""
    cells: dict[tuple, list[int]] = {}
    for received, kind, source, status, answered in rows(
            engine, "SELECT received_at, channel_kind, coalesce(source, ''), status, "
            "first_response_at FROM leads"):
        local = from_us(received).astimezone(zone)
        hours = (local.date() - datetime(1970, 1, 1).date()).days * 24 + local.hour
        cell = cells.setdefault((hours, kind, source, status), [0, 0, 0])
        cell[0] += 1
        if answered is not None:
            cell[1] += 1
            cell[2] += (answered - received) // 1_000_000
    return sorted((*key, *value) for key, value in cells.items())


def test_the_rollup_adds_up_to_the_leads(demo):
    engine, _summary, _calls = demo
    by_channel = dict(rows(engine, "SELECT channel_kind, count(*) FROM leads GROUP BY 1"))
    rolled = dict(rows(engine, "SELECT channel_kind, sum(leads) FROM lead_rollup GROUP BY 1"))
    assert rolled == by_channel
    actual = rows(
        engine,
        "SELECT bucket, channel_kind, source, status, leads, answered, response_seconds "
        "FROM lead_rollup ORDER BY 1, 2, 3, 4",
    )
    assert actual == _local_cells(engine, MOSCOW)


def test_the_rollup_hours_are_company_hours_across_a_clock_change(tmp_path):
    # New York changes to summer time inside the 90 days before NOW.
    zone = ZoneInfo("America/New_York")
    engine = new_database(tmp_path / "ny.db")
    load(engine, leads=800, zone=zone)
    cells = rows(engine, "SELECT bucket, local_hour, local_weekday FROM lead_rollup")
    assert cells
    for bucket, hour, weekday in cells:
        day = datetime(1970, 1, 1) + timedelta(days=bucket // 24)
        assert (hour, weekday) == (bucket % 24, day.weekday())
    by_hour = Counter()
    for bucket, _kind, _source, _status, leads, *_rest in _local_cells(engine, zone):
        by_hour[bucket] += leads
    assert dict(rows(engine, "SELECT bucket, sum(leads) FROM lead_rollup GROUP BY 1")) \
        == dict(by_hour)
    engine.dispose()


def test_leads_are_found_by_words_and_addresses(demo):
    engine, _summary, _calls = demo
    assert scalar(engine, "SELECT count(*) FROM lead_search WHERE lead_search MATCH :q",
                  q='"запрос"*') > 0
    email, lead_id = rows(
        engine,
        "SELECT i.value, min(l.id) FROM contact_identities i JOIN leads l "
        "ON l.contact_id = i.contact_id WHERE i.kind = 'email' GROUP BY i.id LIMIT 1",
    )[0]
    found = {r for (r,) in rows(engine, "SELECT rowid FROM lead_search WHERE lead_search MATCH :q",
                                 q=f'"{email}"')}
    assert lead_id in found
    assert scalar(engine, "SELECT count(*) FROM lead_search") == LEADS


def test_the_search_document_is_the_one_the_application_writes(demo):
    engine, _summary, _calls = demo
    identities = {}
    for contact_id, value in rows(engine, "SELECT contact_id, value FROM contact_identities"):
        identities.setdefault(contact_id, set()).add(value)
    for doc, subject, preview, name, contact_id in rows(
        engine,
        "SELECT s.doc, l.subject, l.preview, c.display_name, c.id FROM lead_search s "
        "JOIN leads l ON l.id = s.rowid JOIN contacts c ON c.id = l.contact_id",
    ):
        head = search_document(subject, preview, name, [])
        assert doc.startswith(head)
        # the addresses the contact was known by when the lead came in
        assert set(doc[len(head):].split()) <= identities.get(contact_id, set())


def test_identities_are_unique_and_normalised(demo):
    engine, _summary, _calls = demo
    identities = rows(engine, "SELECT kind, value, raw FROM contact_identities")
    assert len({(kind, value) for kind, value, _raw in identities}) == len(identities)
    assert {kind for kind, _value, _raw in identities} == {"email", "phone", "vk"}
    for kind, value, raw in identities:
        assert normalize_identity(IdentityKind(kind), raw) == value
    assert scalar(engine, "SELECT count(*) FROM contacts c WHERE NOT EXISTS "
                          "(SELECT 1 FROM leads l WHERE l.contact_id = c.id)") == 0


def test_rejections_have_a_reason_and_conversions_a_deal(demo):
    engine, _summary, _calls = demo
    assert scalar(engine, "SELECT count(*) FROM leads WHERE status = 'rejected' "
                          "AND (reject_reason_id IS NULL OR closed_at IS NULL)") == 0
    assert scalar(engine, "SELECT count(*) FROM leads WHERE status != 'rejected' "
                          "AND reject_reason_id IS NOT NULL") == 0
    converted = scalar(engine, "SELECT count(*) FROM leads WHERE status = 'converted'")
    with_deal = scalar(engine, "SELECT count(*) FROM leads l JOIN deals d ON d.lead_id = l.id "
                               "WHERE l.status = 'converted' AND d.amount > 0 "
                               "AND d.currency = 'RUB' AND d.created_at >= l.received_at "
                               "AND d.channel_kind = l.channel_kind AND d.source = l.source")
    assert converted == with_deal == scalar(engine, "SELECT count(*) FROM deals")
    stages = {s for (s,) in rows(engine, "SELECT DISTINCT stage FROM deals")}
    assert stages == {"open", "won", "lost"}


def test_messages_tell_the_story_of_each_lead(demo):
    engine, _summary, _calls = demo
    assert scalar(engine, "SELECT count(*) FROM leads l WHERE NOT EXISTS (SELECT 1 FROM messages m "
                          "WHERE m.lead_id = l.id AND m.direction = 'inbound' "
                          "AND m.sent_at = l.received_at)") == 0
    answered = scalar(engine, "SELECT count(*) FROM leads WHERE first_response_at IS NOT NULL")
    replies = rows(engine, "SELECT m.author_user_id, m.sent_at = l.first_response_at "
                           "FROM messages m JOIN leads l ON l.id = m.lead_id "
                           "WHERE m.direction = 'outbound'")
    assert len(replies) == answered
    assert all(user is not None and at_response for user, at_response in replies)
    # Chats are answered quickly, e-mail less so.
    fast = dict(rows(engine, "SELECT channel_kind, "
                             "avg(first_response_at - received_at < 120000000) "
                             "FROM leads WHERE first_response_at IS NOT NULL GROUP BY 1"))
    assert fast["webchat"] > 0.5 > fast["email"]
    assert scalar(engine, "SELECT count(*) FROM audit_events WHERE action = 'received'") == LEADS
    assert scalar(engine, "SELECT count(*) FROM messages WHERE sent_at >= :now",
                  now=to_us(NOW)) == 0


def test_the_database_is_consistent(demo):
    engine, _summary, _calls = demo
    assert rows(engine, "PRAGMA foreign_key_check") == []
    assert rows(engine, "PRAGMA integrity_check") == [("ok",)]
    indexes = {n for (n,) in rows(engine, "SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "ix_messages_lead" in indexes


def test_a_second_run_replaces_the_leads_and_keeps_the_team(tmp_path):
    engine = new_database(tmp_path / "twice.db")
    load(engine, leads=500, seed=1)
    users = rows(engine, "SELECT * FROM users ORDER BY id")
    channels = rows(engine, "SELECT * FROM channels ORDER BY id")
    summary = load(engine, leads=700, seed=2)
    assert rows(engine, "SELECT * FROM users ORDER BY id") == users
    assert rows(engine, "SELECT * FROM channels ORDER BY id") == channels
    assert scalar(engine, "SELECT count(*) FROM reject_reasons") == 6
    assert scalar(engine, "SELECT count(*) FROM settings") == 1
    assert scalar(engine, "SELECT count(*) FROM leads") == summary.leads == 700
    assert scalar(engine, "SELECT min(id) FROM leads") == 1
    assert scalar(engine, "SELECT count(*) FROM contacts") == summary.contacts
    assert scalar(engine, "SELECT sum(leads) FROM lead_rollup") == 700
    assert scalar(engine, "SELECT count(*) FROM lead_search") == 700
    assert rows(engine, "PRAGMA foreign_key_check") == []
    engine.dispose()


def test_users_the_demo_did_not_create_stop_it_before_anything_is_lost(tmp_path):
    engine = new_database(tmp_path / "taken.db")
    load(engine, leads=100)
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_events"))
        connection.execute(text("UPDATE leads SET assignee_id = NULL"))
        connection.execute(text("UPDATE messages SET author_user_id = NULL"))
        connection.execute(text("DELETE FROM users WHERE id > 3"))
    with pytest.raises(DemoConflict):
        load(engine, leads=200, seed=3)
    assert scalar(engine, "SELECT count(*) FROM leads") == 100
    engine.dispose()


class FailingLoader:
    """Fails on the first messages, like a full disk would."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def wipe_leads(self) -> None:
        self.calls.append("wipe_leads")

    def drop_indexes(self) -> None:
        self.calls.append("drop_indexes")

    def next_id(self, table: str) -> int:
        return 1

    def insert(self, table, columns, rows) -> None:
        rows = list(rows)
        assert all(len(row) == len(columns) for row in rows)
        if table == "messages":
            raise OSError("disk full")
        self.calls.append(table)

    def finish(self) -> None:
        self.calls.append("finish")

    def abort(self) -> None:
        self.calls.append("abort")


def test_a_failed_load_is_aborted_and_the_error_shows():
    loader = FailingLoader()
    with pytest.raises(OSError, match="disk full"):
        fill_demo(loader, leads=50, seed=1, now=NOW, zone=MOSCOW)
    assert loader.calls[:2] == ["wipe_leads", "drop_indexes"]
    assert loader.calls[-1] == "abort"
    assert "finish" not in loader.calls


INDEXES_SQLITE = ("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                  "AND tbl_name IN ('leads', 'messages') AND sql IS NOT NULL ORDER BY name")
INDEXES_POSTGRES = ("SELECT indexname, indexdef FROM pg_indexes "
                    "WHERE tablename IN ('leads', 'messages') ORDER BY indexname")


def test_a_bulk_load_rebuilds_the_indexes_exactly_as_migrated(tmp_path):
    """Partial indexes keep their WHERE: the workflow polls rely on them being small."""
    engine = new_database(tmp_path / "i.db")
    migrated = rows(engine, INDEXES_SQLITE)
    load(engine, leads=300, seed=3)
    assert rows(engine, INDEXES_SQLITE) == migrated
    assert any("WHERE first_response_at IS NULL" in sql for _name, sql in migrated)
    engine.dispose()


def test_the_demo_loads_into_postgresql_too(pg_url):
    engine = make_engine(pg_url)
    upgrade(engine)
    migrated = rows(engine, INDEXES_POSTGRES)
    first = load(engine, leads=400, seed=5)
    assert rows(engine, INDEXES_POSTGRES) == migrated
    second = load(engine, leads=300, seed=6)
    assert scalar(engine, "SELECT count(*) FROM leads") == second.leads == 300
    assert scalar(engine, "SELECT count(*) FROM users") == first.users
    assert scalar(engine, "SELECT count(*) FROM lead_search "
                          "WHERE tsv @@ to_tsquery('simple', 'запрос:*')") > 0
    assert scalar(engine, "SELECT sum(leads) FROM lead_rollup") == 300
    assert scalar(engine, "SELECT count(*) FROM deals") == second.deals
    assert scalar(engine, "SELECT value::text FROM settings") == '{"name": "Europe/Moscow"}'
    engine.dispose()

"""One desk fetches a channel at a time (team mode), and another takes over when it goes:
the channel leases on a real PostgreSQL (advisory locks) and on SQLite (one process), the
account workers on standby, headless ``sync --once`` skipping a channel held elsewhere."""

from __future__ import annotations

import gc
import threading
import time

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from leaddesk.adapters.db.channel_lease import channel_leases, desk_name
from leaddesk.bootstrap import open_desk
from leaddesk.domain.email_account import EmailAccount, Endpoint, Security
from leaddesk.services import account_state
from leaddesk.services.account_state import AccountEvent, AccountState, run_with_lease
from leaddesk.services.email_accounts import add_email_channel
from leaddesk.services.ports import CHAT_DELIVERY_LEASE
from tests.helpers.cli import child_env, run_leaddesk
from tests.helpers.mailgen import make_mail


@pytest.fixture
def short_waits(monkeypatch):
    monkeypatch.setattr(account_state, "LEASE_RETRY_SECONDS", 0.3)
    monkeypatch.setattr(account_state, "LEASE_CHECK_SECONDS", 0.3)


@pytest.fixture
def pg_engine(pg_url):
    """A superuser connection's engine (the test's own, not a desk's)."""
    engine = create_engine(pg_url)
    yield engine
    engine.dispose()


def _kill(engine, desk: str) -> int:
    """End the database sessions of a desk's leases, as a crash or a lost network would."""
    with engine.connect() as connection:
        killed = connection.execute(text(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE application_name = :name"), {"name": f"LeadDesk: {desk}"}).scalar()
        connection.commit()
    return killed


def _wait(predicate, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


# -- the leases themselves -----------------------------------------------------------------


def test_a_second_desk_is_refused_and_told_which_desk_holds_the_channel(pg_engine):
    desk_a = channel_leases(pg_engine, "anna@desk-a")
    desk_b = channel_leases(pg_engine, "boris@desk-b")
    a, b = desk_a(7), desk_b(7)
    try:
        assert a.try_acquire()
        assert a.try_acquire(), "asking again keeps it"
        assert not b.try_acquire()
        assert b.holder() == "anna@desk-a"
        assert a.holder() == "anna@desk-a"
        assert a.still_held() and not b.still_held()
        other = desk_b(8)
        assert other.try_acquire(), "another channel is free"
        other.release()
        assert desk_b(CHAT_DELIVERY_LEASE).try_acquire()
        a.release()
        assert not a.still_held()
        assert b.try_acquire() and b.holder() == "boris@desk-b"
        assert not a.try_acquire() and a.holder() == "boris@desk-b"
    finally:
        a.release()
        b.release()


def test_a_desk_whose_session_dies_loses_the_channel_and_the_next_try_takes_it_over(
        pg_engine):
    a = channel_leases(pg_engine, "anna@desk-a")(7)
    b = channel_leases(pg_engine, "boris@desk-b")(7)
    try:
        assert a.try_acquire()
        assert not b.try_acquire()
        assert _kill(pg_engine, "anna@desk-a") == 1
        assert b.try_acquire(), "the lock died with desk A's session"
        assert not a.still_held(), "desk A learns that it lost the channel"
        assert not a.try_acquire(), "and cannot have it back while B holds it"
        assert a.holder() == "boris@desk-b"
    finally:
        a.release()
        b.release()


def test_a_desk_without_special_rights_still_names_the_holder(pg_engine, pg_url):
    """pg_stat_activity shows other people's application_name to everyone."""
    with pg_engine.connect() as connection:
        connection.execute(text("CREATE ROLE lease_desk_b LOGIN PASSWORD 'desk-b-pw'"))
        connection.commit()
    plain = create_engine(make_url(pg_url).set(username="lease_desk_b", password="desk-b-pw"))
    a = channel_leases(pg_engine, "anna@desk-a")(3)
    b = channel_leases(plain, "boris@desk-b")(3)
    try:
        assert a.try_acquire()
        assert not b.try_acquire()
        assert b.holder() == "anna@desk-a"
    finally:
        a.release()
        b.release()
        plain.dispose()
        with pg_engine.connect() as connection:
            connection.execute(text("DROP OWNED BY lease_desk_b"))
            connection.execute(text("DROP ROLE lease_desk_b"))
            connection.commit()


def test_leases_of_two_databases_on_one_server_do_not_meet(pg_server, pg_engine):
    name = "t_other_leases"
    pg_server.create_database(name)
    other = create_engine(pg_server.url(name))
    try:
        a = channel_leases(pg_engine, "anna@desk-a")(5)
        b = channel_leases(other, "boris@desk-b")(5)
        assert a.try_acquire() and b.try_acquire()
        a.release()
        b.release()
    finally:
        other.dispose()
        pg_server.drop_database(name)


def test_an_open_desk_names_itself_login_at_computer(pg_url):
    first, second = open_desk(pg_url), open_desk(pg_url)
    a, b = first.open_channel_lease(4), second.open_channel_lease(4)
    try:
        assert a.try_acquire() and not b.try_acquire()
        assert b.holder() == desk_name("postgres")
        assert "@" in b.holder()
    finally:
        a.release()
        b.release()
        first.close()
        second.close()


def test_on_sqlite_two_desks_of_one_process_share_a_channel_one_at_a_time(sqlite_url):
    first, second = open_desk(sqlite_url), open_desk(sqlite_url)
    try:
        a, b = first.open_channel_lease(1), second.open_channel_lease(1)
        assert a.try_acquire() and a.try_acquire()
        assert not b.try_acquire()
        assert b.holder() == desk_name()
        assert second.open_channel_lease(2).try_acquire(), "another channel is free"
        a.release()
        assert b.try_acquire() and not a.still_held()
        del b  # a worker that died without releasing: its channel is free again
        gc.collect()
        assert a.try_acquire()
        a.release()
    finally:
        first.close()
        second.close()


def test_on_sqlite_the_same_channel_of_another_database_is_another_lease(tmp_path):
    one = open_desk(f"sqlite:///{tmp_path / 'one.db'}")
    two = open_desk(f"sqlite:///{tmp_path / 'two.db'}")
    try:
        assert one.open_channel_lease(1).try_acquire()
        lease = two.open_channel_lease(1)
        assert lease.try_acquire()
        lease.release()
    finally:
        one.close()
        two.close()


# -- workers on standby --------------------------------------------------------------------


class _Worker:
    """A channel worker in a thread (``run_with_lease`` around a loop that counts its
    passes while it runs), as a window's account thread runs it."""

    def __init__(self, lease, channel_id: int = 9) -> None:
        self.events: list[AccountEvent] = []
        self.running = threading.Event()
        self.passes = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(
            target=run_with_lease, args=(lease, channel_id, self._loop, self.stop.is_set,
                                         self.events.append), daemon=True)

    def _loop(self, should_stop, report) -> None:
        report(AccountEvent(9, AccountState.CONNECTED))
        self.running.set()
        while not should_stop():
            self.passes += 1
            time.sleep(0.02)
        self.running.clear()
        report(AccountEvent(9, AccountState.STOPPED))

    @property
    def state(self) -> AccountState | None:
        return self.events[-1].state if self.events else None

    def finish(self) -> None:
        self.stop.set()
        if self.thread.ident is None:  # never started
            return
        self.thread.join(10)
        assert not self.thread.is_alive()


def test_a_worker_waits_on_standby_and_takes_over_when_the_holder_stops(
        pg_engine, short_waits):
    first = _Worker(channel_leases(pg_engine, "anna@desk-a")(9))
    second = _Worker(channel_leases(pg_engine, "boris@desk-b")(9))
    try:
        first.thread.start()
        _wait(first.running.is_set)
        second.thread.start()
        _wait(lambda: second.state is AccountState.STANDBY)
        assert second.events[-1].holder == "anna@desk-a"
        time.sleep(1.0)  # several tries later: still waiting, told only once
        assert not second.running.is_set()
        assert [e.state for e in second.events] == [AccountState.STANDBY]
        first.finish()
        assert first.state is AccountState.STOPPED
        _wait(second.running.is_set)
        assert second.state is AccountState.CONNECTED
        second.finish()
        assert [e.state for e in second.events] == [
            AccountState.STANDBY, AccountState.CONNECTED, AccountState.STOPPED]
    finally:
        first.finish()
        second.finish()


def test_a_worker_whose_lease_is_lost_stops_fetching_and_waits_for_its_turn(
        pg_engine, short_waits):
    first = _Worker(channel_leases(pg_engine, "anna@desk-a")(9))
    second = _Worker(channel_leases(pg_engine, "boris@desk-b")(9))
    try:
        first.thread.start()
        _wait(first.running.is_set)
        second.thread.start()
        _wait(lambda: second.state is AccountState.STANDBY)
        assert _kill(pg_engine, "anna@desk-a") == 1
        _wait(second.running.is_set)
        _wait(lambda: not first.running.is_set())
        _wait(lambda: first.state is AccountState.STANDBY)
        assert first.events[-1].holder == "boris@desk-b"
        assert [e.state for e in first.events] == [
            AccountState.CONNECTED, AccountState.CONNECTING, AccountState.STANDBY]
        second.finish()
        _wait(first.running.is_set)  # and back to the first desk when the second goes
    finally:
        first.finish()
        second.finish()


def test_a_worker_on_an_unreachable_database_reports_an_error_and_tries_again(
        pg_server, short_waits, monkeypatch):
    monkeypatch.setattr(account_state, "BACKOFF_SECONDS", (0.2,))
    away = create_engine(pg_server.url("no_such_database_here"))
    worker = _Worker(channel_leases(away, "anna@desk-a")(9))
    try:
        worker.thread.start()
        _wait(lambda: len([e for e in worker.events if e.state is AccountState.ERROR]) >= 2)
        assert "no_such_database_here" in worker.events[0].error
        assert not worker.running.is_set()
    finally:
        worker.finish()
        away.dispose()


# -- real mail: two desks' channel workers on one mailbox -----------------------------------


def _account(dovecot, login: str) -> EmailAccount:
    return EmailAccount(imap=Endpoint("127.0.0.1", dovecot.port, Security.NONE),
                        smtp=Endpoint("127.0.0.1", 1, Security.NONE), login=login,
                        address=login, display_name="Продажи", ca_file=dovecot.ca_file)


def _messages(url: str, channel_id: int) -> list[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return [row[0] for row in connection.execute(text(
                "SELECT external_id FROM messages WHERE channel_id = :c"), {"c": channel_id})]
    finally:
        engine.dispose()


@pytest.fixture
def two_desks(pg_url, dovecot, imap_user, memory_keyring):
    login, password = imap_user
    first, second = open_desk(pg_url), open_desk(pg_url)
    channel_id = add_email_channel(first.uow_factory, first.secrets, "Почта продаж",
                                   _account(dovecot, login), password)
    yield first, second, channel_id, login
    first.close()
    second.close()


def test_two_desks_fetch_one_mailbox_one_at_a_time_and_every_mail_once(
        qtbot, two_desks, pg_url, dovecot, short_waits):
    from leaddesk.ui.channel_workers import ChannelWorkers

    first, second, channel_id, login = two_desks
    dovecot.append(login, "INBOX", make_mail(1, sender="olga@example.ru"))
    workers_a = ChannelWorkers(first)
    workers_b = ChannelWorkers(second)
    manager = ChannelWorkers(second, fetch_channels=False)
    try:
        workers_a.start()
        qtbot.waitUntil(lambda: channel_id in workers_a.states
                        and workers_a.states[channel_id].state is AccountState.CONNECTED,
                        timeout=15000)
        workers_b.start()
        manager.start()
        qtbot.waitUntil(lambda: channel_id in workers_b.states, timeout=10000)
        qtbot.wait(1000)
        assert workers_b.states[channel_id].state is AccountState.STANDBY
        assert workers_b.states[channel_id].holder == desk_name("postgres")
        assert manager.states == {} and manager.accounts == {}
        assert len(_messages(pg_url, channel_id)) == 1

        dovecot.append(login, "INBOX", make_mail(2, sender="ivan@example.ru"))
        qtbot.waitUntil(lambda: len(_messages(pg_url, channel_id)) == 2, timeout=15000)
        assert workers_b.states[channel_id].state is AccountState.STANDBY

        workers_a.stop()  # desk A closes: desk B takes over
        qtbot.waitUntil(lambda: workers_b.states[channel_id].state
                        is AccountState.CONNECTED, timeout=15000)
        dovecot.append(login, "INBOX", make_mail(3, sender="petr@example.ru"))
        qtbot.waitUntil(lambda: len(_messages(pg_url, channel_id)) == 3, timeout=15000)
        qtbot.wait(500)
        ids = _messages(pg_url, channel_id)
        assert len(ids) == len(set(ids)) == 3
    finally:
        workers_a.stop()
        workers_b.stop()
        manager.stop()


def test_the_status_bar_says_which_desk_fetches_a_channel(qtbot):
    from leaddesk.ui.mail_status import MailStatusButton

    button = MailStatusButton()
    qtbot.addWidget(button)
    button.set_names({5: "Почта продаж"}, {5: "email"})
    button.update_event(AccountEvent(5, AccountState.STANDBY, holder="anna@desk-a"))
    assert "anna@desk-a" in button.toolTip()
    assert "another desk" in button.text()
    assert not button.isHidden()


# -- headless sync -------------------------------------------------------------------------


def _add_mailbox(pg_url: str, dovecot, imap_user, env: dict) -> int:
    """The mailbox "Продажи" added with the real command; its channel id."""
    login, password = imap_user
    added = run_leaddesk(pg_url, "channel", "add", "email", "--name", "Продажи",
                         "--imap-host", "127.0.0.1", "--imap-port", str(dovecot.port),
                         "--imap-security", "none", "--smtp-host", "127.0.0.1",
                         "--smtp-port", "1", "--smtp-security", "none", "--login", login,
                         "--password-stdin", "--no-test", env=env, stdin=password + "\n")
    assert added.returncode == 0, added.stderr
    return int(added.stdout.split("(id ")[1].split(")")[0])


def test_sync_once_skips_a_channel_fetched_on_another_desk(pg_url, pg_engine, dovecot,
                                                           imap_user, tmp_path):
    login, _password = imap_user
    env = child_env(tmp_path)
    channel_id = _add_mailbox(pg_url, dovecot, imap_user, env)
    dovecot.append(login, "INBOX", make_mail(1, sender="olga@example.ru"))
    held = channel_leases(pg_engine, "anna@desk-a")(channel_id)
    try:
        assert held.try_acquire()
        skipped = run_leaddesk(pg_url, "sync", "--once", env=env)
        assert skipped.returncode == 0, skipped.stderr
        assert "Продажи: fetched by anna@desk-a, skipped" in skipped.stdout
        assert _messages(pg_url, channel_id) == []
    finally:
        held.release()
    synced = run_leaddesk(pg_url, "sync", "--once", env=env)
    assert synced.returncode == 0, synced.stderr
    assert "1 new leads" in synced.stdout
    assert len(_messages(pg_url, channel_id)) == 1


def test_sync_waits_while_another_desk_fetches_and_takes_over_when_it_goes(
        pg_url, pg_engine, dovecot, imap_user, tmp_path):
    import signal
    import subprocess
    import sys

    from tests.conftest import REPO

    login, _password = imap_user
    env = child_env(tmp_path)
    channel_id = _add_mailbox(pg_url, dovecot, imap_user, env)
    dovecot.append(login, "INBOX", make_mail(1, sender="olga@example.ru"))
    held = channel_leases(pg_engine, "anna@desk-a")(channel_id)
    assert held.try_acquire()
    sync = subprocess.Popen([sys.executable, "-m", "leaddesk", "--db", pg_url, "sync"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=REPO)
    try:
        time.sleep(4)
        assert _messages(pg_url, channel_id) == [], "fetched while another desk holds it"
        held.release()  # desk A closes: the sync takes over within its retry (~5 s)
        _wait(lambda: len(_messages(pg_url, channel_id)) == 1, timeout=30)
        dovecot.append(login, "INBOX", make_mail(2, sender="ivan@example.ru"))
        _wait(lambda: len(_messages(pg_url, channel_id)) == 2, timeout=30)
    finally:
        held.release()
        sync.send_signal(signal.SIGINT)
        try:
            _out, err = sync.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            sync.kill()
            _out, err = sync.communicate()
    assert "Продажи: fetched by anna@desk-a, waiting to take over" in err
    assert sync.returncode == 0, err


def test_only_one_intake_service_delivers_the_chat_answers(pg_engine, monkeypatch):
    from leaddesk.intake import server

    monkeypatch.setattr(server, "LEASE_STEP", 0.0)
    first = server._DeliveryGate(channel_leases(pg_engine, "intake@web-1")(CHAT_DELIVERY_LEASE))
    second = server._DeliveryGate(
        channel_leases(pg_engine, "intake@web-2")(CHAT_DELIVERY_LEASE))
    assert first.may_deliver()
    assert not second.may_deliver()
    assert first.may_deliver() and not second.may_deliver()
    assert _kill(pg_engine, "intake@web-1") == 1
    assert second.may_deliver()
    assert not first.may_deliver()
    second._lease.release()
    assert first.may_deliver()
    first._lease.release()

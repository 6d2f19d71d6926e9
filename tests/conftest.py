"""Shared fixtures: isolated settings, databases on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def pytest_collection_modifyitems(config, items):
    """Tests that use a QApplication are marked ``gui``; PostgreSQL ones ``postgres``."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & {"qtbot", "qapp"}:
            item.add_marker(pytest.mark.gui)
        if "pg_url" in fixtures or "postgres" in item.name:
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(autouse=True)
def _isolated_user_state(tmp_path_factory, monkeypatch):
    """No test reads or writes the real user's settings, database or keyring."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.delenv("LEADDESK_DB", raising=False)
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - PySide6 is a hard dependency
        return
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(home / "config"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(home / "config"))


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'leaddesk.db'}"


@pytest.fixture(scope="session")
def pg_server():
    """A real PostgreSQL 15 server for the whole run, on 127.0.0.1, stopped at the end."""
    from tests.helpers.postgres import PostgresServer

    if os.environ.get("LEADDESK_SKIP_POSTGRES"):
        pytest.skip("LEADDESK_SKIP_POSTGRES is set")
    server = PostgresServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server) -> str:
    """A fresh, empty database on the test server."""
    name = "t_" + uuid.uuid4().hex[:12]
    pg_server.create_database(name)
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path) -> str:
    """The same test on both databases."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'leaddesk.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def shared_corpora() -> Path:
    corpora = SHARED / "corpora"
    if not corpora.is_dir():
        pytest.skip(f"the shared corpora are not at {corpora} (../shared is absent)")
    return corpora


def have(program: str) -> bool:
    return shutil.which(program) is not None


# -- Mail servers and secrets (tests/helpers/dovecot.py, smtp_server.py, keyring_backend.py) --


@pytest.fixture(scope="session")
def tls_certificates(tmp_path_factory):
    """A test CA and a certificate for 127.0.0.1/localhost, shared by IMAP and SMTP servers.

    Clients trust it with ``ssl.create_default_context(cafile=tls_certificates.ca_file)``.
    """
    from tests.helpers.dovecot import make_certificates

    return make_certificates(tmp_path_factory.mktemp("tls"))


@pytest.fixture(scope="session")
def dovecot(tls_certificates):
    """A real Dovecot IMAP server for the whole run (plain+STARTTLS ``port``, IMAPS
    ``ssl_port``, both on 127.0.0.1), stopped at the end. Give each test its own user
    (``dovecot.new_user()`` or the ``imap_user`` fixture)."""
    from tests.helpers.dovecot import DovecotServer, find_program

    if find_program("dovecot") is None or find_program("doveadm") is None:
        pytest.skip("Dovecot is not installed (Debian: apt-get install -y dovecot-imapd)")
    server = DovecotServer(certificates=tls_certificates)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def imap_user(dovecot) -> tuple[str, str]:
    """A fresh (login, password) on the session's Dovecot, with an empty INBOX."""
    return dovecot.new_user()


@pytest.fixture
def smtp_server(tls_certificates):
    """A recording SMTP server on 127.0.0.1: STARTTLS with the test CA's certificate,
    AUTH PLAIN/LOGIN required (also without TLS) for ``smtp_server.login`` /
    ``smtp_server.password``. Stopped after the test."""
    from tests.helpers.smtp_server import running_smtp_server

    with running_smtp_server(tls_certificates, "sales@leaddesk.test", "smtp-secret") as server:
        yield server


@pytest.fixture
def memory_keyring():
    """An empty in-memory keyring as the active backend; the previous one comes back after."""
    import keyring

    from tests.helpers.keyring_backend import MemoryKeyring

    previous = keyring.get_keyring()
    MemoryKeyring.clear()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    MemoryKeyring.clear()
    keyring.set_keyring(previous)


# -- VK (tests/helpers/vk_fake.py) --


@pytest.fixture
def vk_fake():
    """A started loopback fake of the VK API and Bots Long Poll (community 123 «Магазин
    дверей», token ``vk-token``) knowing two people, stopped after the test:
    501001 Анна Смирнова (Казань) and 501002 Игорь Кузнецов (no city).
    ``vk_fake.vk_api_client()`` is a ``vk_api.VkApi`` on it; ``vk_fake.api_base`` its URL."""
    from tests.helpers.vk_fake import FakeVk

    fake = FakeVk(group_id=123, token="vk-token")
    fake.add_user(501001, "Анна", "Смирнова", city="Казань")
    fake.add_user(501002, "Игорь", "Кузнецов")
    fake.start()
    yield fake
    fake.stop()

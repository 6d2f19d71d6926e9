"""Passwords and tokens in the system keyring (Secret Service, KWallet, macOS Keychain...).

Never anywhere else: when no keyring can be used, saving fails with a reason a person can
act on, and nothing is written to the database or a file instead.
"""

from __future__ import annotations

import logging

import keyring
import keyring.errors
from sqlalchemy.engine import make_url

from leaddesk.adapters.db.engine import normalize_url
from leaddesk.domain.problems import describe
from leaddesk.services.ports import SecretsUnavailable

SERVICE = "LeadDesk"

log = logging.getLogger(__name__)


def _reason(error: Exception) -> str:
    if isinstance(error, keyring.errors.NoKeyringError):
        return describe("keyring_none")
    if isinstance(error, keyring.errors.KeyringLocked):
        return describe("keyring_locked")
    if isinstance(error, keyring.errors.InitError):
        return describe("keyring_init", detail=error)
    return describe("keyring_refused", detail=error)


class KeyringSecrets:
    """Implements ``leaddesk.services.ports.SecretStore``."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def check(self) -> None:
        backend = keyring.get_keyring()
        if backend.priority <= 0 or type(backend).__module__.startswith("keyring.backends.fail"):
            raise SecretsUnavailable(_reason(keyring.errors.NoKeyringError()))
        if type(backend).__module__.startswith("keyrings.alt"):
            raise SecretsUnavailable(describe("keyring_plaintext"))

    def get(self, key: str) -> str | None:
        try:
            return keyring.get_password(self.service, key)
        except (keyring.errors.KeyringError, RuntimeError) as error:
            raise SecretsUnavailable(_reason(error)) from error

    def put(self, key: str, value: str) -> None:
        self.check()
        try:
            keyring.set_password(self.service, key, value)
        except (keyring.errors.KeyringError, RuntimeError) as error:
            raise SecretsUnavailable(_reason(error)) from error

    def delete(self, key: str) -> None:
        try:
            keyring.delete_password(self.service, key)
        except keyring.errors.PasswordDeleteError:
            pass
        except (keyring.errors.KeyringError, RuntimeError) as error:
            raise SecretsUnavailable(_reason(error)) from error


# -- database passwords: one per login, server and database, never in the URL that is saved


def database_secret_key(url: str) -> str | None:
    """``database:anna@host:5432/sales`` for a PostgreSQL URL with a login, else None.

    The port and the database are filled in as libpq would (5432; the login's name), so
    ``postgresql://anna@host/sales`` and ``postgresql://anna@host:5432/sales`` share one.
    """
    parsed = make_url(normalize_url(url))
    if parsed.get_backend_name() != "postgresql" or not parsed.username:
        return None
    host = (parsed.host or "localhost").lower()
    return (f"database:{parsed.username}@{host}:{parsed.port or 5432}/"
            f"{parsed.database or parsed.username}")


def with_database_password(url: str, secrets: KeyringSecrets | None = None) -> str:
    """``url`` with the remembered password of its login when it names a login but no password.

    Anything else comes back as it is; so does the URL when no keyring can be read (the
    server may still take the login without one: trust, a .pgpass file, PGPASSWORD).
    """
    parsed = make_url(normalize_url(url))
    key = database_secret_key(url)
    if parsed.password is not None or key is None:
        return url
    try:
        password = (secrets or KeyringSecrets()).get(key)
    except SecretsUnavailable as error:
        # said once per open; the server's refusal, if any, is what the person sees
        log.info("no database password from the keyring: %s", error)
        return url
    if password is None:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)

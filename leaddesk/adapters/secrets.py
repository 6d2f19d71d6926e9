"""Passwords and tokens in the system keyring (Secret Service, KWallet, macOS Keychain...).

Never anywhere else: when no keyring can be used, saving fails with a reason a person can
act on, and nothing is written to the database or a file instead.
"""

from __future__ import annotations

import keyring
import keyring.errors

from leaddesk.domain.problems import describe
from leaddesk.services.ports import SecretsUnavailable

SERVICE = "LeadDesk"


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

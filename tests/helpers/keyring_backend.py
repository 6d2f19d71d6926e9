"""Keyring backends for tests: an in-memory one and one that has no keyring at all."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import NoKeyringError, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Secrets in a class-level dict, shared by every instance; ``clear()`` empties it."""

    priority = 1
    store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.store[(service, username)]
        except KeyError:
            raise PasswordDeleteError(f"no password for {username!r} in {service!r}") from None

    @classmethod
    def clear(cls) -> None:
        cls.store.clear()


class NoKeyring(KeyringBackend):
    """What a headless machine without D-Bus has (``keyring.backends.fail.Keyring``)."""

    priority = 0

    def get_password(self, service, username, password=None):
        raise NoKeyringError(
            "No recommended backend was available. Install a recommended 3rd party backend "
            "package; or, install the keyrings.alt package if you want to use the "
            "non-recommended backends. See https://pypi.org/project/keyring for details.")

    set_password = delete_password = get_password

"""A keyring backend in a JSON file, so that a child process sees the test's secrets.

Use it in a subprocess with ``PYTHONPATH=<repo>``,
``PYTHON_KEYRING_BACKEND=tests.helpers.keyring_file.FileKeyring`` and
``LEADDESK_TEST_KEYRING_FILE=/tmp/.../keyring.json``. Plain text: tests only.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError

ENV = "LEADDESK_TEST_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    priority = 1

    @staticmethod
    def path() -> Path:
        value = os.environ.get(ENV)
        if not value:
            raise KeyringError(f"{ENV} is not set: the test keyring needs a file")
        return Path(value)

    def _load(self) -> dict[str, dict[str, str]]:
        try:
            return json.loads(self.path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def _save(self, data: dict[str, dict[str, str]]) -> None:
        path = self.path()
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write and rename: a reader in another process never sees half a file.
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".keyring-")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(data, file, ensure_ascii=False, indent=1)
        os.replace(temporary, path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data.setdefault(service, {})[username] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        try:
            del data[service][username]
        except KeyError:
            raise PasswordDeleteError(f"no password for {username!r} in {service!r}") from None
        self._save(data)

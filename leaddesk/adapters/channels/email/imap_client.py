"""One IMAP connection (imapclient), as ``leaddesk.services.ports.MailboxClient``.

Mail is fetched with ``BODY.PEEK[]``, so the mailbox's read flags stay as they were.
Every failure becomes a ``MailboxError`` with a reason a person can act on.
"""

from __future__ import annotations

import contextlib
import imaplib
import socket
import ssl
import time
from collections.abc import Callable
from datetime import UTC, date, datetime

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from leaddesk.adapters.channels.email.parse_pool import parse_many
from leaddesk.domain.email_account import EmailAccount, Endpoint, Security
from leaddesk.domain.problems import describe
from leaddesk.services.ports import FetchedMail, MailboxError

TIMEOUT = 30
FETCH_CHUNK = 200


def ssl_context(ca_file: str) -> ssl.SSLContext:
    try:
        return ssl.create_default_context(cafile=ca_file or None)
    except (OSError, ssl.SSLError) as error:
        raise MailboxError(describe("ca_unreadable", path=ca_file, detail=error),
                           retry=False) from error


def connection_reason(endpoint: Endpoint, error: BaseException) -> str:
    """A network or TLS failure in words."""
    where = f"{endpoint.host}:{endpoint.port}"
    if isinstance(error, ssl.SSLCertVerificationError):
        return describe("cert_untrusted", where=where, detail=error.verify_message)
    if isinstance(error, ssl.SSLError):
        return describe("tls_failed", where=where, detail=error.reason or error)
    if isinstance(error, socket.gaierror):
        return describe("unknown_host", host=endpoint.host)
    if isinstance(error, ConnectionRefusedError):
        return describe("refused", where=where)
    if isinstance(error, TimeoutError | socket.timeout):
        return describe("timeout", where=where)
    return describe("unreachable", where=where, detail=error)


class ImapMailbox:
    """Implements ``MailboxClient``. Connects and logs in on creation."""

    def __init__(self, account: EmailAccount, password: str) -> None:
        endpoint = account.imap
        self._endpoint = endpoint
        context = ssl_context(account.ca_file) if endpoint.security is not Security.NONE \
            else None
        try:
            self._client = IMAPClient(endpoint.host, port=endpoint.port,
                                      ssl=endpoint.security is Security.SSL,
                                      ssl_context=context, timeout=TIMEOUT)
            if endpoint.security is Security.STARTTLS:
                self._client.starttls(ssl_context=context)
        except (OSError, ssl.SSLError, IMAPClientError, imaplib.IMAP4.error) as error:
            raise MailboxError(connection_reason(endpoint, error)) from error
        try:
            self._client.login(account.login, password)
        except LoginError as error:
            self.close()
            raise MailboxError(describe("imap_login", host=endpoint.host, login=account.login),
                               retry=False) from error
        except (OSError, IMAPClientError, imaplib.IMAP4.error) as error:
            self.close()
            raise MailboxError(connection_reason(endpoint, error)) from error
        self._folder: str | None = None

    def _call(self, what: Callable):
        try:
            return what()
        except MailboxError:
            raise
        except IMAPClientAbortError as error:
            raise MailboxError(describe("closed", host=self._endpoint.host)) from error
        except (IMAPClientError, imaplib.IMAP4.error) as error:
            text = str(error)
            if "NONEXISTENT" in text or "doesn't exist" in text or "not exist" in text:
                raise MailboxError(describe("no_folder", folder=self._folder,
                                            host=self._endpoint.host), retry=False) from error
            raise MailboxError(describe("imap_said", host=self._endpoint.host, text=text)) \
                from error
        except (OSError, ssl.SSLError) as error:
            raise MailboxError(connection_reason(self._endpoint, error)) from error

    def folders(self) -> list[str]:
        return [name for _flags, _delim, name in self._call(self._client.list_folders)]

    def select(self, folder: str) -> tuple[int, int]:
        self._folder = folder
        info = self._call(lambda: self._client.select_folder(folder, readonly=True))
        return int(info[b"UIDVALIDITY"]), int(info.get(b"UIDNEXT", 0))

    def uids_after(self, last_uid: int) -> list[int]:
        # The server always returns the highest UID, even below last_uid + 1: the caller
        # filters (TECHNOTES).
        return list(self._call(lambda: self._client.search(["UID", f"{last_uid + 1}:*"])))

    def uids_since(self, day: date) -> list[int]:
        return list(self._call(lambda: self._client.search(["SINCE", day])))

    def message_ids(self, uids: list[int]) -> dict[int, str | None]:
        ids: dict[int, str | None] = {}
        for start in range(0, len(uids), FETCH_CHUNK):
            chunk = uids[start:start + FETCH_CHUNK]
            response = self._call(lambda c=chunk: self._client.fetch(c, ["ENVELOPE"]))
            for uid, data in response.items():
                envelope = data.get(b"ENVELOPE")
                raw = envelope.message_id if envelope is not None else None
                value = raw.decode("utf-8", "replace").strip().strip("<>").strip() \
                    if raw else None
                ids[uid] = value or None
        return ids

    def fetch(self, uids: list[int]) -> list[FetchedMail]:
        fetched: list[tuple[int, bytes, datetime | None]] = []
        for start in range(0, len(uids), FETCH_CHUNK):
            chunk = uids[start:start + FETCH_CHUNK]
            response = self._call(lambda c=chunk: self._client.fetch(
                c, ["BODY.PEEK[]", "INTERNALDATE"]))
            for uid in chunk:
                data = response.get(uid)
                if data is None or b"BODY[]" not in data:
                    continue  # expunged meanwhile
                fetched.append((uid, bytes(data[b"BODY[]"]),
                                _aware(data.get(b"INTERNALDATE"))))
        parsed = parse_many([raw for _uid, raw, _date in fetched])
        return [FetchedMail(uid, raw, mail, date)
                for (uid, raw, date), mail in zip(fetched, parsed, strict=True)]

    def wait_for_news(self, timeout: float, should_stop: Callable[[], bool]) -> bool:
        deadline = time.monotonic() + timeout
        news = False
        self._call(self._client.idle)
        try:
            while not news and not should_stop() and time.monotonic() < deadline:
                responses = self._call(lambda: self._client.idle_check(timeout=1))
                news = any(isinstance(r, tuple) and len(r) > 1 and r[1] in (b"EXISTS",
                                                                              b"RECENT")
                           for r in responses)
        finally:
            self._call(self._client.idle_done)
        return news

    def append(self, folder: str, raw: bytes, flags: tuple = (b"\\Seen",)) -> None:
        self._call(lambda: self._client.append(folder, raw, flags=flags))

    def sent_folder(self) -> str | None:
        """The folder marked \\Sent (RFC 6154), or one called Sent."""
        listing = self._call(self._client.list_folders)
        for flags, _delim, name in listing:
            if b"\\Sent" in flags:
                return name
        for _flags, _delim, name in listing:
            if name.casefold() in ("sent", "sent items", "sent messages", "отправленные"):
                return name
        return None

    def close(self) -> None:
        try:
            self._client.logout()
        except Exception:  # closing a broken connection: nothing more to do
            with contextlib.suppress(Exception):
                self._client.shutdown()


def _aware(value) -> datetime | None:
    # imapclient gives naive local times (normalise_times): astimezone reads them as local
    return value.astimezone(UTC) if isinstance(value, datetime) else None

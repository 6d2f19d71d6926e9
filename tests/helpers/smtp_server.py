"""A recording SMTP server for tests (aiosmtpd in a thread), on 127.0.0.1 only.

``SmtpServer(login=..., password=..., cert_file=..., key_file=...)`` offers STARTTLS when
given a certificate (``implicit_tls=True`` for SMTPS instead) and AUTH PLAIN/LOGIN when
given a login. Every accepted message is a ``ReceivedMail`` in ``received``;
``wait_for(n)`` blocks until n have arrived. ``stop()`` and ``start()`` again reuse the
same port; ``reject_next(451, "Try later")`` answers the next DATA with that error.
"""

from __future__ import annotations

import logging
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.helpers.dovecot import free_port  # aiosmtpd's Controller cannot take port=0

# aiosmtpd logs a deprecation warning on every successful AUTH (Session.login_data).
logging.getLogger("mail.log").setLevel(logging.ERROR)


@dataclass(frozen=True)
class ReceivedMail:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    raw: bytes
    login: str | None = None  # the AUTH login, None when the client did not log in
    tls: bool = False  # whether the message came over TLS (STARTTLS or SMTPS)
    received_at: float = field(default_factory=time.time)

    @property
    def message(self) -> EmailMessage:
        return BytesParser(policy=policy.default).parsebytes(self.raw)


def _over_tls(server) -> bool:
    transport = getattr(server, "transport", None)
    return transport is not None and transport.get_extra_info("ssl_object") is not None


class _Handler:
    def __init__(self, owner: SmtpServer) -> None:
        self.owner = owner

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.owner.auth_required and not session.authenticated:
            return "530 5.7.0 Authentication required"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        rejection = self.owner._take_rejection()
        if rejection is not None:
            return f"{rejection[0]} {rejection[1]}"
        raw = envelope.original_content or envelope.content
        if isinstance(raw, str):  # pragma: no cover - decode_data is False
            raw = raw.encode("utf-8", "surrogateescape")
        login = session.auth_data if session.authenticated else None
        self.owner._record(ReceivedMail(
            mail_from=envelope.mail_from, rcpt_tos=tuple(envelope.rcpt_tos), raw=raw,
            login=login, tls=session.ssl is not None or _over_tls(server)))
        return "250 2.0.0 OK: queued"


class SmtpServer:
    """Start with ``start()`` (or as a context manager), stop with ``stop()``."""

    def __init__(self, *, login: str | None = None, password: str | None = None,
                 cert_file: str | None = None, key_file: str | None = None,
                 ca_file: str | None = None, implicit_tls: bool = False,
                 require_starttls: bool = False, auth_required: bool | None = None,
                 port: int | None = None) -> None:
        if (cert_file is None) != (key_file is None):
            raise ValueError("give both cert_file and key_file, or neither")
        if implicit_tls and cert_file is None:
            raise ValueError("implicit_tls needs cert_file and key_file")
        self.host = "127.0.0.1"
        self.port = port or free_port()
        self.login = login
        self.password = password
        self.cert_file = cert_file
        self.key_file = key_file
        self.ca_file = ca_file  # only kept for clients: ssl.create_default_context(cafile=)
        self.implicit_tls = implicit_tls
        self.require_starttls = require_starttls
        self.auth_required = (login is not None) if auth_required is None else auth_required
        self._lock = threading.Condition()
        self._received: list[ReceivedMail] = []
        self._rejections: list[tuple[int, str]] = []
        self._controller: Controller | None = None

    # -- life cycle ----------------------------------------------------------------------

    def _ssl_context(self) -> ssl.SSLContext | None:
        if self.cert_file is None:
            return None
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert_file, self.key_file)
        return context

    def start(self) -> None:
        if self._controller is not None:
            return
        context = self._ssl_context()
        options: dict = {
            "server_hostname": "smtp.leaddesk.test",  # no getfqdn() (a DNS lookup)
            # With a login: AUTH also without TLS (plain tests). Without: no AUTH offered
            # on a plain connection (aiosmtpd offers AUTH only after STARTTLS then).
            "auth_require_tls": self.login is None,
            "auth_exclude_mechanism": ["CRAM-MD5"],
        }
        if self.login is not None:
            options["authenticator"] = self._authenticate
        if self.implicit_tls:
            options["ssl_context"] = context
        elif context is not None:
            options["tls_context"] = context
            options["require_starttls"] = self.require_starttls
        controller = Controller(_Handler(self), hostname=self.host, port=self.port, **options)
        # Right after stop() the port may still be held for a moment: retry briefly.
        deadline = time.monotonic() + 5
        while True:
            try:
                controller.start()
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
                controller = Controller(_Handler(self), hostname=self.host, port=self.port,
                                        **options)
        self._controller = controller

    def stop(self) -> None:
        """Stop listening (connections are dropped); ``start()`` listens on the same port."""
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    @property
    def running(self) -> bool:
        return self._controller is not None

    def __enter__(self) -> SmtpServer:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- behaviour -----------------------------------------------------------------------

    def _authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login = auth_data.login.decode("utf-8", "replace")
        password = auth_data.password.decode("utf-8", "replace")
        if login == self.login and password == self.password:
            return AuthResult(success=True, auth_data=login)
        return AuthResult(success=False, handled=False)

    def reject_next(self, code: int = 451, message: str = "4.3.0 Try again later",
                    count: int = 1) -> None:
        """Answer the next ``count`` DATA commands with ``code message`` (not recorded)."""
        with self._lock:
            self._rejections.extend([(code, message)] * count)

    def _take_rejection(self) -> tuple[int, str] | None:
        with self._lock:
            return self._rejections.pop(0) if self._rejections else None

    def _record(self, mail: ReceivedMail) -> None:
        with self._lock:
            self._received.append(mail)
            self._lock.notify_all()

    # -- results -------------------------------------------------------------------------

    @property
    def received(self) -> list[ReceivedMail]:
        with self._lock:
            return list(self._received)

    def clear(self) -> None:
        with self._lock:
            self._received.clear()
            self._rejections.clear()

    def wait_for(self, count: int = 1, timeout: float = 5.0) -> list[ReceivedMail]:
        """Block until at least ``count`` messages have arrived; raise TimeoutError if not."""
        with self._lock:
            if not self._lock.wait_for(lambda: len(self._received) >= count, timeout):
                raise TimeoutError(f"expected {count} messages within {timeout} s, "
                                   f"got {len(self._received)}")
            return list(self._received)


@contextmanager
def running_smtp_server(certificates, login: str, password: str) -> Iterator[SmtpServer]:
    """A started server (STARTTLS with the test CA's certificate, AUTH required for
    ``login``/``password``), stopped on leaving."""
    server = SmtpServer(login=login, password=password, cert_file=certificates.cert_file,
                        key_file=certificates.key_file, ca_file=certificates.ca_file)
    server.start()
    try:
        yield server
    finally:
        server.stop()

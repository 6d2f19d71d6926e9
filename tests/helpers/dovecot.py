"""A throwaway Dovecot IMAP server for tests, on 127.0.0.1, started from the system binaries.

One server holds any number of users (``add_user``). It listens on two high ports:
``port`` (plain IMAP that offers STARTTLS) and ``ssl_port`` (implicit TLS). The TLS
certificate comes from a CA generated per run (``ca_file``), valid for 127.0.0.1 and
``localhost``: clients use ``ssl.create_default_context(cafile=server.ca_file)``.

Mail is stored as maildir under ``root/home/<login>/Maildir`` (INBOX in the top
directory, other folders as ``.Name``), owned by the ``dovecot`` user.
"""

from __future__ import annotations

import atexit
import datetime as dt
import ipaddress
import os
import pwd
import re
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from imapclient import IMAPClient

_SBIN = ("/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin")

# Maildir info letters for the system flags (keywords are not supported by append_many).
_MAILDIR_FLAGS = {
    b"\\Draft": "D", b"\\Flagged": "F", b"\\Answered": "R", b"\\Seen": "S", b"\\Deleted": "T",
}


def find_program(name: str) -> str | None:
    """The path of a Dovecot binary; /usr/sbin is not on a normal user's PATH."""
    found = shutil.which(name)
    if found:
        return found
    for directory in _SBIN:
        candidate = Path(directory) / name
        if candidate.exists():
            return str(candidate)
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass(frozen=True)
class Certificates:
    """A test CA and a server certificate signed by it, as PEM files."""

    ca_file: str
    cert_file: str
    key_file: str

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert_file, self.key_file)
        return context

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.ca_file)


def make_certificates(directory: str | Path) -> Certificates:
    """Write ``ca.pem``, ``server.pem`` and ``server.key`` (for 127.0.0.1 and localhost)."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    try:
        _make_certificates_cryptography(directory)
    except ImportError:  # pragma: no cover - cryptography is in the venv
        _make_certificates_openssl(directory)
    return Certificates(str(directory / "ca.pem"), str(directory / "server.pem"),
                        str(directory / "server.key"))


def _make_certificates_cryptography(directory: Path) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "LeadDesk test CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name).issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                     content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False,
                                     encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([
            x509.DNSName("localhost"),
            x509.IPAddress(ipaddress.IPv4Address("127.0.0.1")),
        ]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]),
                       critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    (directory / "ca.pem").write_bytes(ca_cert.public_bytes(pem))
    (directory / "server.pem").write_bytes(cert.public_bytes(pem))
    (directory / "server.key").write_bytes(key.private_bytes(
        pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    os.chmod(directory / "server.key", 0o600)


def _make_certificates_openssl(directory: Path) -> None:  # pragma: no cover - fallback
    def run(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, capture_output=True, cwd=directory)

    run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
        "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "30",
        "-subj", "/CN=LeadDesk test CA",
        "-addext", "basicConstraints=critical,CA:TRUE,pathlen:0",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    run("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost")
    (directory / "ext.cnf").write_text(
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\n"
        "extendedKeyUsage=serverAuth\n")
    run("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "server.pem", "-days", "30", "-extfile", "ext.cnf")


_CONFIG = """\
# Generated by tests/helpers/dovecot.py for one test run.
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
shutdown_clients = yes

ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = no
auth_mechanisms = plain login

first_valid_uid = 100
mail_location = maildir:~/Maildir
mail_fsync = never
imap_idle_notify_interval = 1 secs
mailbox_idle_check_interval = 1 secs
mail_max_userip_connections = 1000
# A test with a wrong password must not slow down the next logins: no failure delay and
# no anvil auth penalty (up to 15 s per IP otherwise).
auth_failure_delay = 0
login_trusted_networks = 127.0.0.0/8

passdb {{
  driver = passwd-file
  # One file per user: Dovecot re-reads a passwd-file at most once a second, so users
  # added one after the other to a single file would not be seen at once.
  args = scheme=PLAIN username_format=%u {root}/passwd/%u
}}
userdb {{
  driver = static
  args = uid=dovecot gid=dovecot home={root}/home/%u
}}

service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {ssl_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service stats {{
  inet_listener http {{
    port = 0
  }}
}}
"""


class DovecotError(RuntimeError):
    pass


class DovecotServer:
    """Start with ``start()``, stop with ``stop()``; users with ``add_user()``."""

    def __init__(self, certificates: Certificates | None = None) -> None:
        self.dovecot = find_program("dovecot")
        self.doveadm = find_program("doveadm")
        if not self.dovecot or not self.doveadm:
            raise DovecotError("Dovecot is not installed: apt-get install -y dovecot-imapd")
        self.root = Path(tempfile.mkdtemp(prefix="leaddesk-dovecot-", dir="/tmp"))
        os.chmod(self.root, 0o755)
        self.config = self.root / "dovecot.conf"
        self.log_path = self.root / "dovecot.log"
        self.passwd = self.root / "passwd"
        self.home = self.root / "home"
        self.host = "127.0.0.1"
        self.port = free_port()
        self.ssl_port = free_port()
        while self.ssl_port == self.port:
            self.ssl_port = free_port()
        self.certificates = certificates or make_certificates(self.root / "tls")
        self.ca_file = self.certificates.ca_file
        self.passwords: dict[str, str] = {}
        self._process: subprocess.Popen | None = None
        self._stderr = None
        self._batches = 0
        entry = pwd.getpwnam("dovecot")
        self._uid, self._gid = entry.pw_uid, entry.pw_gid

    # -- life cycle -------------------------------------------------------------------

    def start(self) -> None:
        for sub in ("run", "state", "home"):
            (self.root / sub).mkdir(exist_ok=True)
        os.chown(self.home, self._uid, self._gid)
        self.passwd.mkdir(exist_ok=True)
        self.config.write_text(_CONFIG.format(
            root=self.root, cert=self.certificates.cert_file, key=self.certificates.key_file,
            port=self.port, ssl_port=self.ssl_port))
        # In the foreground (-F) the master is our child and we reap it: a daemonized
        # master would be left as a zombie where PID 1 does not reap orphans.
        self._stderr = open(self.root / "master.err", "wb")  # noqa: SIM115 - closed in stop()
        self._process = subprocess.Popen([self.dovecot, "-F", "-c", str(self.config)],
                                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                         stderr=self._stderr, start_new_session=True)
        atexit.register(self.stop)  # no stray server if the test run ends without stop()
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and self._process.poll() is None:
            if self._accepts(self.port) and self._accepts(self.ssl_port):
                return
            time.sleep(0.02)
        message = (f"dovecot does not listen on 127.0.0.1:{self.port}: "
                   f"{(self.root / 'master.err').read_text(errors='replace')}\n{self.log_tail()}")
        self.stop(remove=False)
        raise DovecotError(message)

    def _accepts(self, port: int) -> bool:
        try:
            with socket.create_connection((self.host, port), timeout=0.5):
                return True
        except OSError:
            return False

    def stop(self, *, remove: bool = True) -> None:
        process, self._process = self._process, None
        atexit.unregister(self.stop)
        if process is not None:
            # What ``doveadm -c CONF stop`` does (SIGTERM to the master, whose pid is in
            # base_dir/master.pid), without its polling, which adds 2 s to every stop.
            # The master stops its children and exits in about 1 s.
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:  # pragma: no cover - a hung master
                os.killpg(process.pid, signal.SIGKILL)  # its own session: children too
                process.wait(timeout=10)
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None
        if remove:
            shutil.rmtree(self.root, ignore_errors=True)

    def log_tail(self, chars: int = 3000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def __enter__(self) -> DovecotServer:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- users ---------------------------------------------------------------------------

    def add_user(self, login: str, password: str) -> None:
        """Create (or change the password of) a user; the mailbox starts with an INBOX."""
        if (":" in login + password or "\n" in login + password or "/" in login
                or login.startswith(".")):
            raise ValueError("login and password must not contain ':', '/' or newlines")
        self.passwords[login] = password
        path = self.passwd / login
        old_mtime = path.stat().st_mtime if path.exists() else None
        temporary = self.passwd / f".{login}.tmp"
        temporary.write_text(f"{login}:{{PLAIN}}{password}::::::\n")
        os.chmod(temporary, 0o644)
        if old_mtime is not None:  # Dovecot reloads on a new mtime (whole seconds) or size
            stamp = max(time.time(), old_mtime + 1)
            os.utime(temporary, (stamp, stamp))
        os.replace(temporary, path)
        if old_mtime is not None:
            self._wait_for_auth(login, password)
        maildir = self.maildir(login, "INBOX")
        for sub in ("cur", "new", "tmp"):
            (maildir / sub).mkdir(parents=True, exist_ok=True)
        for path in (self.home / login, *maildir.rglob("*"), maildir):
            os.chown(path, self._uid, self._gid)

    def _wait_for_auth(self, login: str, password: str) -> None:
        """After a password change: until Dovecot has re-read the file (about 1 s)."""
        deadline = time.monotonic() + 5
        while True:
            result = subprocess.run(
                [self.doveadm, "-c", str(self.config), "auth", "test", login, password],
                capture_output=True, text=True, timeout=30)
            if result.returncode == 0 or time.monotonic() > deadline:
                return
            time.sleep(0.1)

    def new_user(self, prefix: str = "user") -> tuple[str, str]:
        """A fresh user with a unique login (``prefix-xxxxxxxx@leaddesk.test``)."""
        login = f"{prefix}-{uuid.uuid4().hex[:8]}@leaddesk.test"
        password = "pw-" + uuid.uuid4().hex[:12]
        self.add_user(login, password)
        return login, password

    def maildir(self, login: str, folder: str) -> Path:
        """The maildir of a folder (``INBOX`` or a name with ``.`` as the separator)."""
        base = self.home / login / "Maildir"
        if folder.upper() == "INBOX":
            return base
        return base / ("." + folder.replace("/", "."))

    # -- IMAP ---------------------------------------------------------------------------

    def client(self, login: str, *, tls: str = "none", timeout: float = 10) -> IMAPClient:
        """A logged-in client: ``tls`` is ``none`` (plain port), ``starttls`` or ``ssl``."""
        context = ssl.create_default_context(cafile=self.ca_file)
        if tls == "ssl":
            client = IMAPClient(self.host, self.ssl_port, ssl=True, ssl_context=context,
                                timeout=timeout)
        else:
            client = IMAPClient(self.host, self.port, ssl=False, timeout=timeout)
            if tls == "starttls":
                client.starttls(ssl_context=context)
        client.login(login, self.passwords[login])
        return client

    def ensure_folder(self, client: IMAPClient, folder: str) -> None:
        if not client.folder_exists(folder):
            client.create_folder(folder)

    def append(self, login: str, folder: str, raw: bytes, flags: Sequence = (),
               date: dt.datetime | None = None) -> int:
        """APPEND one message; returns its UID (from the APPENDUID response)."""
        with self.client(login) as client:
            self.ensure_folder(client, folder)
            return _appenduid(client.append(folder, raw, flags=tuple(flags), msg_time=date))

    def append_many(self, login: str, folder: str, raws: Iterable[bytes], flags: Sequence = (),
                    date: dt.datetime | None = None) -> list[int]:
        """Put many messages in place fast; returns their UIDs, in the order given.

        The messages are written as maildir files (already named in delivery order)
        and Dovecot indexes them when the folder is next opened, here by a SELECT.
        """
        with self.client(login) as client:
            self.ensure_folder(client, folder)
            before = client.folder_status(folder, [b"UIDNEXT"])[b"UIDNEXT"]
            target = self.maildir(login, folder)
            info = "".join(sorted(_maildir_flag(flag) for flag in flags))
            stamp = date.timestamp() if date is not None else None
            base = int(time.time())
            self._batches += 1
            count = 0
            tmp = target / "tmp"
            for index, raw in enumerate(raws):
                # Dovecot gives new files UIDs in the order of their names' time and
                # microseconds parts: encode the position there. Q makes names unique.
                seconds, micros = divmod(index, 1_000_000)
                name = (f"{base + seconds}.M{micros:06d}P{os.getpid()}Q{self._batches}."
                        f"leaddesk,S={len(raw)}")
                path = tmp / name
                with open(path, "wb") as handle:
                    handle.write(raw)
                os.chown(path, self._uid, self._gid)
                if stamp is not None:
                    os.utime(path, (stamp, stamp))
                os.rename(path, target / "cur" / f"{name}:2,{info}")
                count += 1
            client.select_folder(folder, readonly=True)
            uids = sorted(u for u in client.search(["UID", f"{before}:*"]) if u >= before)
        if len(uids) != count:
            raise DovecotError(f"appended {count} messages, Dovecot sees {len(uids)}")
        return uids

    def flags(self, login: str, folder: str) -> dict[int, tuple]:
        """The flags of every message (without ``\\Recent``); read only, sets no ``\\Seen``."""
        with self.client(login) as client:
            client.select_folder(folder, readonly=True)
            uids = client.search(["ALL"])
            if not uids:
                return {}
            return {uid: tuple(flag for flag in data[b"FLAGS"] if flag != b"\\Recent")
                    for uid, data in client.fetch(uids, ["FLAGS"]).items()}

    def status(self, login: str, folder: str) -> dict[str, int]:
        """MESSAGES, UIDNEXT and UIDVALIDITY of a folder, as str keys."""
        with self.client(login) as client:
            result = client.folder_status(folder, [b"MESSAGES", b"UIDNEXT", b"UIDVALIDITY"])
        return {key.decode(): value for key, value in result.items()}

    def reset_uidvalidity(self, login: str, folder: str, *, restart_uids: bool = False) -> int:
        """Give the folder a new UIDVALIDITY, keeping its messages; returns the new value.

        Dovecot's own state for the folder (``dovecot-uidlist`` and the index files) is
        deleted and a fresh uidlist header is written with a higher UIDVALIDITY, so the
        messages get new UIDs on the next open: by default starting at the old UIDNEXT,
        so that no old UID is reused; with ``restart_uids`` from 1, so that the same
        numbers now name (possibly) different messages. Open sessions of the user are
        kicked first, as a server migration would do.
        """
        before = self.status(login, folder)
        self.kick(login)
        target = self.maildir(login, folder)
        for path in target.iterdir():
            if path.is_file() and path.name.startswith("dovecot"):
                if path.name.startswith("dovecot-uidvalidity") or path.name == "dovecot-keywords":
                    continue
                path.unlink()
        new_validity = max(before["UIDVALIDITY"] + 1, int(time.time()))
        next_uid = 1 if restart_uids else before["UIDNEXT"]
        uidlist = target / "dovecot-uidlist"
        uidlist.write_text(f"3 V{new_validity} N{next_uid}\n")
        os.chown(uidlist, self._uid, self._gid)
        after = self.status(login, folder)
        if after["UIDVALIDITY"] == before["UIDVALIDITY"] or after["MESSAGES"] != before["MESSAGES"]:
            raise DovecotError(f"UIDVALIDITY reset failed: {before} -> {after}")
        return after["UIDVALIDITY"]

    def kick(self, login: str) -> None:
        """Disconnect every IMAP session of the user."""
        subprocess.run([self.doveadm, "-c", str(self.config), "kick", login],
                       capture_output=True, text=True, timeout=30)

    def doveadm_run(self, *args: str) -> str:
        result = subprocess.run([self.doveadm, "-c", str(self.config), *args],
                                capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            raise DovecotError(f"doveadm {' '.join(args)}: {result.stderr}")
        return result.stdout


def _maildir_flag(flag: str | bytes) -> str:
    name = flag if isinstance(flag, bytes) else flag.encode()
    try:
        return _MAILDIR_FLAGS[name]
    except KeyError:
        raise ValueError(f"append_many takes system flags only, not {flag!r}; "
                         "use append() for keywords") from None


_APPENDUID = re.compile(rb"APPENDUID \d+ (\d+)")


def _appenduid(response: bytes | str) -> int:
    if isinstance(response, str):
        response = response.encode()
    match = _APPENDUID.search(response)
    if not match:
        raise DovecotError(f"no APPENDUID in {response!r}")
    return int(match.group(1))

"""An email account's settings (no password: that lives in the keyring) and their checks."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from leaddesk.domain.identities import normalize_email


class Security(StrEnum):
    """How a connection is protected."""

    SSL = "ssl"  # TLS from the first byte (IMAPS 993, SMTPS 465)
    STARTTLS = "starttls"  # plain, then upgraded (IMAP 143, submission 587)
    NONE = "none"  # no encryption: only for a server on this computer

    @property
    def default_imap_port(self) -> int:
        return 993 if self is Security.SSL else 143

    @property
    def default_smtp_port(self) -> int:
        return {Security.SSL: 465, Security.STARTTLS: 587, Security.NONE: 25}[self]


@dataclass(frozen=True)
class Endpoint:
    host: str
    port: int
    security: Security

    def as_dict(self) -> dict[str, Any]:
        return {"host": self.host, "port": self.port, "security": self.security.value}

    @staticmethod
    def from_dict(value: dict[str, Any] | None, smtp: bool) -> Endpoint:
        value = value or {}
        security = Security(value.get("security") or Security.SSL.value)
        default = security.default_smtp_port if smtp else security.default_imap_port
        return Endpoint(str(value.get("host") or ""), int(value.get("port") or default),
                        security)


@dataclass(frozen=True)
class EmailAccount:
    """A mailbox LeadDesk reads (IMAP) and answers from (SMTP).

    Attributes:
        login: the user name for both servers.
        address: the address answers are sent from (the login when it is an address).
        folders: the folders watched for inbound mail.
        sent_folder: where a copy of each answer is put ("" = find the Sent folder, or none).
        ca_file: a certificate authority file for servers with their own certificates.
        history_days: how far back the first sync of a folder reaches (0: all of it); a
            mailbox with years of mail does not flood the inbox with old leads.
    """

    imap: Endpoint
    smtp: Endpoint
    login: str
    address: str = ""
    folders: tuple[str, ...] = ("INBOX",)
    sent_folder: str = ""
    ca_file: str = ""
    display_name: str = ""
    history_days: int = 30
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def from_address(self) -> str:
        return self.address or (self.login if normalize_email(self.login) else "")

    def as_settings(self) -> dict[str, Any]:
        return {
            "imap": self.imap.as_dict(), "smtp": self.smtp.as_dict(), "login": self.login,
            "address": self.address, "folders": list(self.folders),
            "sent_folder": self.sent_folder, "ca_file": self.ca_file,
            "display_name": self.display_name, "history_days": self.history_days,
            **self.extra,
        }

    @staticmethod
    def from_settings(settings: dict[str, Any]) -> EmailAccount:
        known = {"imap", "smtp", "login", "address", "folders", "sent_folder", "ca_file",
                 "display_name", "history_days"}
        return EmailAccount(
            imap=Endpoint.from_dict(settings.get("imap"), smtp=False),
            smtp=Endpoint.from_dict(settings.get("smtp"), smtp=True),
            login=str(settings.get("login") or ""),
            address=str(settings.get("address") or ""),
            folders=tuple(settings.get("folders") or ("INBOX",)),
            sent_folder=str(settings.get("sent_folder") or ""),
            ca_file=str(settings.get("ca_file") or ""),
            display_name=str(settings.get("display_name") or ""),
            history_days=int(settings.get("history_days", 30) or 0),
            extra={k: v for k, v in settings.items() if k not in known},
        )



def account_problems(account: EmailAccount) -> list[str]:
    """What is wrong with the settings, as codes (empty: fine)."""
    problems = []
    if not account.imap.host.strip():
        problems.append("imap_host")
    if not 0 < account.imap.port < 65536:
        problems.append("imap_port")
    if not account.smtp.host.strip():
        problems.append("smtp_host")
    if not 0 < account.smtp.port < 65536:
        problems.append("smtp_port")
    if not account.login.strip():
        problems.append("login")
    if not account.from_address:
        problems.append("address")
    if not [folder for folder in account.folders if folder.strip()]:
        problems.append("folders")
    return problems


def secret_key(channel_id: int) -> str:
    """The keyring entry of a channel's password or token."""
    return f"channel-{channel_id}"

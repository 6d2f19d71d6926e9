"""Answers by email: the message built with correct threading headers, sent over SMTP, and
a copy put into the account's Sent folder."""

from __future__ import annotations

import logging
import smtplib
import ssl
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from leaddesk.adapters.channels.email.imap_client import (
    ImapMailbox,
    connection_reason,
    ssl_context,
)
from leaddesk.domain.email_account import EmailAccount, Security
from leaddesk.domain.mail import reply_references, reply_subject
from leaddesk.domain.problems import describe
from leaddesk.services.ports import DeliveryError, MailboxError, OutgoingMessage

log = logging.getLogger(__name__)
TIMEOUT = 30


def build_message(account: EmailAccount, message: OutgoingMessage,
                  sent_at: datetime | None = None) -> EmailMessage:
    """The MIME message of an answer: From the account, To the customer, Re: subject,
    the kept Message-ID, In-Reply-To and References of the mail it answers."""
    reply = message.reply
    if not reply.to_address:
        raise DeliveryError(describe("no_address"), permanent=True)
    mail = EmailMessage()
    mail["From"] = _address(account.display_name, account.from_address)
    try:
        mail["To"] = _address(reply.to_name, reply.to_address)
    except (ValueError, IndexError) as error:
        raise DeliveryError(describe("bad_address", address=repr(reply.to_address)),
                            permanent=True) from error
    mail["Subject"] = reply_subject(reply.subject)
    mail["Date"] = format_datetime(sent_at or datetime.now(UTC))
    header_id = message.header_id or make_msgid(domain=_domain(account)).strip("<>")
    mail["Message-ID"] = f"<{header_id}>"
    if reply.in_reply_to:
        mail["In-Reply-To"] = f"<{reply.in_reply_to}>"
        mail["References"] = " ".join(
            f"<{ref}>" for ref in reply_references(reply.references, reply.in_reply_to))
    mail["X-Mailer"] = "LeadDesk"
    mail.set_content(message.text)
    for attachment in message.attachments:
        maintype, _, subtype = (attachment.mime or "application/octet-stream").partition("/")
        mail.add_attachment(attachment.data, maintype=maintype,
                            subtype=subtype or "octet-stream", filename=attachment.name)
    return mail


def _address(name: str, address: str) -> str:
    local, _, domain = address.partition("@")
    return str(Address(display_name=name or "", username=local, domain=domain))


def _domain(account: EmailAccount) -> str:
    return account.from_address.partition("@")[2] or "leaddesk.invalid"


class SmtpSender:
    """Implements ``leaddesk.services.ports.ChannelSender`` for one email account."""

    def __init__(self, account: EmailAccount, password: str) -> None:
        self.account = account
        self._password = password
        self._sent_folder: str | None = account.sent_folder or None

    def header_id(self) -> str:
        return make_msgid(domain=_domain(self.account)).strip("<>")

    def send(self, message: OutgoingMessage) -> str | None:
        mail = build_message(self.account, message)
        self._submit(mail)
        self._copy_to_sent(mail)
        return message.header_id

    def _connect(self) -> smtplib.SMTP:
        endpoint = self.account.smtp
        try:
            if endpoint.security is Security.SSL:
                smtp = smtplib.SMTP_SSL(endpoint.host, endpoint.port, timeout=TIMEOUT,
                                        context=_context(self.account))
            else:
                smtp = smtplib.SMTP(endpoint.host, endpoint.port, timeout=TIMEOUT)
                if endpoint.security is Security.STARTTLS:
                    smtp.starttls(context=_context(self.account))
            return smtp
        except (OSError, ssl.SSLError, smtplib.SMTPException) as error:
            raise DeliveryError(connection_reason(endpoint, error)) from error

    def check(self) -> None:
        """Connect and log in, send nothing (the "test connection" button)."""
        smtp = self._connect()
        try:
            self._login(smtp)
        finally:
            _quit(smtp)

    def _login(self, smtp: smtplib.SMTP) -> None:
        endpoint = self.account.smtp
        try:
            smtp.ehlo_or_helo_if_needed()
            if smtp.has_extn("auth"):
                smtp.login(self.account.login, self._password)
        except smtplib.SMTPAuthenticationError as error:
            raise DeliveryError(describe("smtp_login", host=endpoint.host,
                                         code=error.smtp_code), permanent=True) from error
        except (OSError, smtplib.SMTPException) as error:
            raise DeliveryError(connection_reason(endpoint, error)) from error

    def _submit(self, mail: EmailMessage) -> None:
        host = self.account.smtp.host
        smtp = self._connect()
        try:
            self._login(smtp)
            smtp.send_message(mail)
        except DeliveryError:
            raise
        except smtplib.SMTPRecipientsRefused as error:
            codes = [f"{code} {text.decode('utf-8', 'replace')}"
                     for code, text in error.recipients.values()]
            permanent = all(code >= 500 for code, _ in error.recipients.values())
            raise DeliveryError(describe("recipient_refused", host=host, text="; ".join(codes)),
                                permanent=permanent) from error
        except smtplib.SMTPResponseException as error:
            text = error.smtp_error.decode("utf-8", "replace") \
                if isinstance(error.smtp_error, bytes) else str(error.smtp_error)
            raise DeliveryError(describe("smtp_said", host=host, code=error.smtp_code,
                                         text=text),
                                permanent=error.smtp_code >= 500) from error
        except (OSError, smtplib.SMTPException) as error:
            raise DeliveryError(connection_reason(self.account.smtp, error)) from error
        finally:
            _quit(smtp)

    def _copy_to_sent(self, mail: EmailMessage) -> None:
        """A copy in the Sent folder, where the account has one. The answer is out
        already: a failure here is logged, not retried (that would send it twice)."""
        if self.account.extra.get("no_sent_copy"):
            return
        try:
            mailbox = ImapMailbox(self.account, self._password)
        except MailboxError as error:
            log.warning("no copy in Sent: %s", error.reason)
            return
        try:
            folder = self._sent_folder or mailbox.sent_folder()
            if folder:
                self._sent_folder = folder
                mailbox.append(folder, mail.as_bytes())
        except MailboxError as error:
            log.warning("no copy in Sent: %s", error.reason)
        finally:
            mailbox.close()

    def close(self) -> None:
        pass


def _context(account: EmailAccount) -> ssl.SSLContext:
    try:
        return ssl_context(account.ca_file)
    except MailboxError as error:
        raise DeliveryError(error.reason, permanent=True) from error


def _quit(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        smtp.close()

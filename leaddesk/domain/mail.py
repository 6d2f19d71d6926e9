"""Email as the domain sees it: a parsed message, threading keys, automatic mail, quoting.

Plain data and pure functions; the parser that fills ``ParsedMail`` from raw bytes lives in
``adapters/channels/email``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class SetAsideReason(StrEnum):
    """Why an inbound mail was kept without becoming a lead."""

    AUTO_REPLY = "auto_reply"  # out-of-office, vacation, autoresponder
    BOUNCE = "bounce"  # delivery failure report, mailer-daemon
    OWN_ADDRESS = "own_address"  # written by the team itself
    NOT_A_LEAD_SOURCE = "not_a_lead_source"  # the mailbox is not marked as a lead source


@dataclass(frozen=True, slots=True)
class MailAttachment:
    """A file that came with a mail. ``name`` is decoded (RFC 2047 / RFC 2231)."""

    name: str
    mime: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(frozen=True, slots=True)
class ParsedMail:
    """What LeadDesk keeps of one inbound mail.

    Attributes:
        message_id: the Message-ID without angle brackets, or None when the mail has none.
        in_reply_to, references: Message-IDs (without angle brackets) it answers.
        from_name, from_address: the sender (address case-folded, "" when unknown).
        reply_to: the Reply-To address where it differs from the sender.
        to, cc: recipient addresses (case-folded).
        subject: decoded subject ("" when none).
        date: the Date header as an aware datetime, or None.
        text: the readable body text (from text/plain, else from the HTML).
        html: sanitized HTML (no scripts, no remote resources), or None.
        remote_images_blocked: how many remote images / tracking pixels were removed.
        attachments: the attached files, decoded.
        automatic: SetAsideReason.AUTO_REPLY or BOUNCE when the mail is machine-written.
        problems: what was wrong with the mail, in plain words (kept with the message).
        unreadable: the mail could not be read at all; only its raw bytes are worth keeping.
    """

    message_id: str | None = None
    in_reply_to: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    from_name: str = ""
    from_address: str = ""
    reply_to: str | None = None
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    subject: str = ""
    date: datetime | None = None
    text: str = ""
    html: str | None = None
    remote_images_blocked: int = 0
    attachments: tuple[MailAttachment, ...] = ()
    automatic: SetAsideReason | None = None
    problems: tuple[str, ...] = field(default_factory=tuple)
    unreadable: bool = False

    @property
    def thread_ids(self) -> tuple[str, ...]:
        """The Message-IDs this mail answers, the closest first."""
        seen: dict[str, None] = {}
        for value in (*self.in_reply_to, *reversed(self.references)):
            seen.setdefault(value, None)
        return tuple(seen)


_REPLY_PREFIX = re.compile(
    r"^\s*(?:(?:re|fw|fwd|aw|wg|sv|vs|tr|rv|res|enc|odp|ответ|отв|пересл|пересылка)"
    r"\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*|\[[^\]]*\]\s*)+",
    re.IGNORECASE,
)


def normalize_subject(subject: str) -> str:
    """The subject without reply / forward prefixes and list tags, spaces folded, case-folded.

    ``"RE: Fwd: [Sales] Заказ  дверей"`` and ``"Заказ дверей"`` give the same key, so a
    customer's answer that lost its In-Reply-To still finds its lead.
    """
    stripped = _REPLY_PREFIX.sub("", subject or "")
    return " ".join(stripped.split()).casefold()


def reply_subject(subject: str) -> str:
    """The subject of an answer: ``Re:`` once, in front of the subject without prefixes."""
    stripped = _REPLY_PREFIX.sub("", subject or "").strip()
    return f"Re: {stripped}" if stripped else "Re:"


def quote_text(text: str, author: str, when: str) -> str:
    """The customer's text quoted for an answer: an attribution line, then ``> `` lines."""
    lines = (text or "").rstrip().splitlines() or [""]
    quoted = "\n".join(">" + (" " + line if line and not line.startswith(">") else line)
                       for line in lines)
    attribution = f"{when}, {author}:" if author else f"{when}:"
    return f"\n\n{attribution}\n{quoted}\n"


def reply_references(references: tuple[str, ...], message_id: str | None) -> tuple[str, ...]:
    """``References`` of an answer: the original's References, then its Message-ID."""
    chain = list(references)
    if message_id and message_id not in chain:
        chain.append(message_id)
    return tuple(chain[-20:])  # very long chains are cut from the front, as mail clients do


# --- machine-written mail --------------------------------------------------------------------

_BOUNCE_SENDERS = ("mailer-daemon", "postmaster", "mail-delivery-subsystem")
_FAILURE_SUBJECT = re.compile(
    r"undeliver|not\s+(?:be\s+)?delivered|delivery\s+(?:status|fail|problem|has\s+failed|"
    r"incomplete|delayed|report)|returned\s+mail|failure\s+notice|mail\s+delivery|"
    r"non[- ]?delivery|недоставлен|не\s+(?:может\s+быть\s+)?доставлен|ошибк\w*\s+доставки|"
    r"возврат\w*\s+(?:письм|почт)",
    re.IGNORECASE,
)
# Subjects that alone say "written by a machine": they start with one of these.
_AUTO_SUBJECT = re.compile(
    r"^\s*(?:\[?\s*(?:auto(?:matic)?[- ]?(?:reply|response|answer)|autoreply|autoresponse|"
    r"auto:|out\s+of\s+(?:the\s+)?office|abwesenheitsnotiz|automatische\s+antwort|"
    r"r[ée]ponse\s+automatique|respuesta\s+autom[áa]tica|risposta\s+automatica|"
    r"автоответ|автоматический\s+ответ|нет\s+на\s+месте|вне\s+офиса|я\s+в\s+отпуске|"
    r"отсутствую|отсутствие\s+на\s+работе))",
    re.IGNORECASE,
)
# Weaker words that count only together with ``Precedence: auto_reply / bulk / junk``.
_AUTO_WORDS = re.compile(
    r"auto|vacation|away\s+from|on\s+leave|holiday|отпуск|автоматическ|отсутств|"
    r"не\s+в\s+офисе",
    re.IGNORECASE,
)
_PARAMETER = re.compile(r";\s*([a-z0-9-]+)\s*=\s*\"?([^\";\s]*)", re.IGNORECASE)


def automatic_reason(headers: Mapping[str, str], sender: str, content_type: str,
                     subject: str) -> SetAsideReason | None:
    """BOUNCE or AUTO_REPLY when a machine wrote the mail, else None.

    ``headers`` maps lower-case header names to their values; ``sender`` is the From address
    (or the raw From header); ``content_type`` the full top-level Content-Type with its
    parameters. Only explicit signals count: a delivery report, a mailer-daemon writing about
    a failure, ``X-Failed-Recipients``, ``Auto-Submitted: auto-replied``,
    ``X-Autoreply`` / ``X-Autorespond``, an auto-reply subject, or ``Precedence`` together
    with auto-reply words. A newsletter with ``Precedence: bulk`` and an ordinary subject is
    not automatic: it may be a lead.
    """
    media, params = _content_type(content_type)
    local = (sender or "").strip().strip("<>").casefold().split("@", 1)[0]
    subject = subject or ""
    if media == "message/delivery-status":  # a bare delivery report
        return SetAsideReason.BOUNCE
    if media == "multipart/report":
        report = params.get("report-type", "")
        if report == "delivery-status":
            return SetAsideReason.BOUNCE
        if report in ("disposition-notification", "feedback-report"):  # read receipts, abuse
            return SetAsideReason.AUTO_REPLY
    if _header(headers, "x-failed-recipients"):
        return SetAsideReason.BOUNCE
    if local.endswith(_BOUNCE_SENDERS) and _FAILURE_SUBJECT.search(subject):
        return SetAsideReason.BOUNCE
    submitted = _header(headers, "auto-submitted").split(";", 1)[0].strip().casefold()
    # "auto-replied" is an answering machine; "auto-generated" is also what website forms
    # and shop notifications send, and those are leads: they count only with other signs.
    if submitted == "auto-replied":
        return SetAsideReason.AUTO_REPLY
    if any(_header(headers, name).casefold() not in ("", "no", "false", "0")
           for name in ("x-autoreply", "x-autorespond", "x-autoresponder")):
        return SetAsideReason.AUTO_REPLY
    if _AUTO_SUBJECT.match(subject):
        return SetAsideReason.AUTO_REPLY
    precedence = _header(headers, "precedence").casefold().replace("-", "_")
    if precedence in ("auto_reply", "bulk", "junk") and _AUTO_WORDS.search(subject):
        return SetAsideReason.AUTO_REPLY
    return None


def _header(headers: Mapping[str, str], name: str) -> str:
    value = headers.get(name)
    return value.strip() if isinstance(value, str) else ""


def _content_type(value: str) -> tuple[str, dict[str, str]]:
    """``("multipart/report", {"report-type": "delivery-status"})`` from a Content-Type."""
    value = " ".join((value or "").split())
    media = value.split(";", 1)[0].strip().casefold()
    params = {name.casefold(): found.casefold() for name, found in _PARAMETER.findall(value)}
    return media, params


_MESSAGE_ID_HEADER = re.compile(rb"^message-id:[ \t]*<([^>\r\n]{1,490})>", re.I | re.M)


def returned_message_ids(mail: ParsedMail) -> tuple[str, ...]:
    """The Message-IDs a bounce reports on: what it answers, and the Message-ID headers of
    the returned message or headers it carries (attached, or quoted in its text)."""
    found: dict[str, None] = dict.fromkeys(mail.thread_ids)
    sources = [a.data for a in mail.attachments] + [mail.text.encode("utf-8", "replace")]
    for data in sources:
        for match in _MESSAGE_ID_HEADER.finditer(data[:200_000]):
            found.setdefault(match.group(1).decode("ascii", "replace").strip(), None)
    found.pop(mail.message_id or "", None)
    return tuple(found)

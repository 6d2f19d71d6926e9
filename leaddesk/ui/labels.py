"""Words for the domain's codes, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from leaddesk.domain.codes import ChannelKind, DealStage, Direction, LeadStatus, Role, Warmth
from leaddesk.domain.problems import recognise

translate = QCoreApplication.translate


def channel(kind: ChannelKind) -> str:
    return {
        ChannelKind.EMAIL: translate("labels", "Email"),
        ChannelKind.VK: translate("labels", "VK"),
        ChannelKind.WEBCHAT: translate("labels", "Website chat"),
        ChannelKind.WEBFORM: translate("labels", "Web form"),
        ChannelKind.PHONE: translate("labels", "Phone"),
        ChannelKind.WALKIN: translate("labels", "Walk-in"),
        ChannelKind.IMPORT: translate("labels", "Import"),
    }[kind]


def status(value: LeadStatus) -> str:
    return {
        LeadStatus.NEW: translate("labels", "New"),
        LeadStatus.IN_PROGRESS: translate("labels", "In progress"),
        LeadStatus.POSTPONED: translate("labels", "Postponed"),
        LeadStatus.REJECTED: translate("labels", "Rejected"),
        LeadStatus.CONVERTED: translate("labels", "Converted"),
    }[value]


def warmth(value: Warmth) -> str:
    return {
        Warmth.COLD: translate("labels", "Cold"),
        Warmth.WARM: translate("labels", "Warm"),
        Warmth.HOT: translate("labels", "Hot"),
    }[value]


def role(value: Role) -> str:
    return {
        Role.DISPATCHER: translate("labels", "Dispatcher"),
        Role.MANAGER: translate("labels", "Manager"),
        Role.SUPERVISOR: translate("labels", "Supervisor"),
    }[value]


def direction(value: Direction) -> str:
    return {
        Direction.INBOUND: translate("labels", "Customer"),
        Direction.OUTBOUND: translate("labels", "Reply"),
        Direction.NOTE: translate("labels", "Note"),
    }[value]


def action(code: str) -> str:
    """The history entry for an audit action code; unknown codes are shown as they are."""
    return {
        "received": translate("labels", "Received"),
        "assigned": translate("labels", "Assigned"),
        "taken": translate("labels", "Taken"),
        "replied": translate("labels", "Replied"),
        "rejected": translate("labels", "Rejected"),
        "postponed": translate("labels", "Postponed"),
        "reopened": translate("labels", "Reopened"),
        "converted": translate("labels", "Converted to a deal"),
        "note": translate("labels", "Note"),
        "warmth": translate("labels", "Warmth changed"),
        "unstaffed": translate("labels", "Nobody on duty"),
        "escalated": translate("labels", "Escalated (answer overdue)"),
        "reminder": translate("labels", "Reminder: back in the inbox"),
        "deal_won": translate("labels", "Deal won"),
        "deal_lost": translate("labels", "Deal lost"),
        "invoice": translate("labels", "Invoice issued"),
        "invoice_sent": translate("labels", "Invoice sent"),
        "contact_merged": translate("labels", "Contact merged"),
        "imported": translate("labels", "Imported"),
        "customer_wrote": translate("labels", "The customer wrote again"),
        "delivery_failed": translate("labels", "An answer could not be sent"),
    }.get(code, code)


def deal_stage(value: DealStage) -> str:
    return {
        DealStage.OPEN: translate("labels", "Open deal"),
        DealStage.WON: translate("labels", "Won"),
        DealStage.LOST: translate("labels", "Lost"),
    }[value]


def problem(code: str) -> str:
    """Why a workflow action was refused, in plain words."""
    return {
        "closed": translate("labels", "The lead is already closed (rejected or converted)."),
        "not_permitted": translate("labels", "Your role may not do this: the team database "
                                   "refused it. Ask a supervisor."),
        "not_closed": translate("labels", "Only a rejected or postponed lead can be reopened."),
        "converted": translate("labels", "The lead is already converted into a deal."),
        "in_the_past": translate("labels", "The reminder must be in the future."),
        "inactive_user": translate("labels", "This person is no longer active."),
        "empty": translate("labels", "There is nothing to save: the text is empty."),
        "no_deal": translate("labels", "The deal no longer exists."),
        "lost_needs_reason": translate("labels", "Say why the deal was lost."),
        "same_contact": translate("labels", "These are the same contact."),
        "bad_phone": translate("labels", "This is not a phone number."),
        "bad_email": translate("labels", "This is not an email address."),
        "no_contact": translate("labels", "Enter a phone, an email or a name."),
        "currency": translate("labels", "This currency is not supported."),
        "not_email": translate("labels", "This lead did not come by email."),
        "no_pdf": translate("labels", "The invoice has no PDF yet."),
        "no_file": translate("labels", "This file is no longer kept."),
        "not_failed": translate("labels", "This answer is no longer waiting for another try: "
                                          "it has been sent or queued again meanwhile."),
    }.get(code, code)


CHANNEL_COLORS = {
    ChannelKind.EMAIL: "#2f6fb3",
    ChannelKind.VK: "#4a76a8",
    ChannelKind.WEBCHAT: "#1e9e6a",
    ChannelKind.WEBFORM: "#8a5cc2",
    ChannelKind.PHONE: "#c77c1e",
    ChannelKind.WALKIN: "#7a7a7a",
    ChannelKind.IMPORT: "#7a7a7a",
}

STATUS_COLORS = {
    LeadStatus.NEW: "#c0392b",
    LeadStatus.IN_PROGRESS: "#2f6fb3",
    LeadStatus.POSTPONED: "#b7791f",
    LeadStatus.REJECTED: "#7f8c8d",
    LeadStatus.CONVERTED: "#1e8449",
}

WARMTH_COLORS = {Warmth.COLD: "#5d8aa8", Warmth.WARM: "#d68910", Warmth.HOT: "#c0392b"}


def color(hex_value: str) -> QColor:
    return QColor(hex_value)


def account_state(code: str) -> str:
    """How a channel account's worker is doing (codes of ``services.mail_sync.AccountState``)."""
    return {
        "connecting": translate("labels", "connecting…"),
        "syncing": translate("labels", "fetching mail…"),
        "connected": translate("labels", "up to date"),
        "error": translate("labels", "problem"),
        "no_password": translate("labels", "no password on this computer"),
        "stopped": translate("labels", "stopped"),
        "standby": translate("labels", "fetched on another desk"),
    }.get(code, code)


def channel_problem(text: str | None) -> str:
    """A channel account's problem (``domain/problems.py``) in the person's language; a
    server's own words stay as they came."""
    if not text:
        return ""
    found = recognise(text)
    if found is None:
        return text
    code, fields = found
    words = _problem_words().get(code)
    if words is None:
        return text
    for name, value in fields.items():
        words = words.replace("{" + name + "}", value)
    return words


def _problem_words() -> dict[str, str]:
    """The catalog's sentences for translation (the same English as the catalog: a test
    keeps the two in step). One literal each: lupdate reads no joined strings."""
    return {
        "cert_untrusted": translate(
            "problems",
            "the certificate of {where} is not trusted ({detail}); give the account the certificate authority file"),  # noqa: E501
        "tls_failed": translate("problems", "a secure connection to {where} failed ({detail})"),
        "unknown_host": translate("problems", "the server name {host} is unknown"),
        "refused": translate(
            "problems",
            "{where} refused the connection (wrong port, or the server is down)"),
        "timeout": translate("problems", "{where} did not answer in time"),
        "unreachable": translate("problems", "cannot reach {where}: {detail}"),
        "ca_unreadable": translate(
            "problems",
            "the certificate file {path} cannot be read: {detail}"),
        "closed": translate("problems", "{host} closed the connection"),
        "imap_login": translate("problems", "{host} refused the login or password for {login}"),
        "smtp_login": translate("problems", "{host} refused the login or password ({code})"),
        "no_folder": translate("problems", "the folder {folder} does not exist on {host}"),
        "imap_said": translate("problems", "{host} answered: {text}"),
        "smtp_said": translate("problems", "{host} answered {code} {text}"),
        "recipient_refused": translate("problems", "{host} refused the recipient: {text}"),
        "no_address": translate("problems", "the customer has no email address to answer to"),
        "bounced": translate("problems", "the mail came back from {host}: {text}"),
        "bad_address": translate("problems", "the address {address} cannot be written to"),
        "vk_token": translate(
            "problems",
            "the community token is not valid any more: make a new one in the community's settings (API usage) and enter it again"),  # noqa: E501
        "vk_too_many": translate(
            "problems",
            "VK says too many requests per second; trying again shortly"),
        "vk_rights": translate(
            "problems",
            "the community token lacks the right to do this (messages)"),
        "vk_flood": translate(
            "problems",
            "VK's flood control stopped this message: too many identical messages; it will be tried again later"),  # noqa: E501
        "vk_internal": translate("problems", "VK had an internal error; trying again later"),
        "vk_access": translate(
            "problems",
            "VK refused access: the token lacks a right (messages, community management) or the community has the Long Poll API switched off"),  # noqa: E501
        "vk_user_token": translate(
            "problems",
            "the token is a community token where a user token is needed"),
        "vk_parameter": translate("problems", "VK refused a parameter of the request"),
        "vk_blacklisted": translate(
            "problems",
            "the customer has blacklisted the community: the message cannot be delivered"),
        "vk_not_allowed": translate(
            "problems",
            "the customer has not allowed messages from the community: the answer cannot be delivered until they write again or allow messages"),  # noqa: E501
        "vk_privacy": translate(
            "problems",
            "the customer's privacy settings do not allow this message"),
        "vk_too_long": translate("problems", "the message is too long for VK"),
        "vk_said": translate("problems", "VK answered: {text} (error {code})"),
        "vk_unreachable": translate("problems", "VK cannot be reached: {detail}"),
        "long_poll_unreachable": translate(
            "problems",
            "the VK Long Poll server cannot be reached: {detail}"),
        "long_poll_odd": translate("problems", "the VK Long Poll server sent something unexpected"),
        "vk_no_peer": translate("problems", "the customer's VK conversation is unknown"),
        "no_sender": translate("problems", "the channel cannot send now"),
        "keyring_none": translate(
            "problems",
            "no system keyring is available on this computer (on Linux: install and unlock GNOME Keyring or KWallet); passwords are never stored elsewhere"),  # noqa: E501
        "keyring_locked": translate(
            "problems",
            "the system keyring is locked: unlock it and try again"),
        "keyring_init": translate("problems", "the system keyring could not be opened: {detail}"),
        "keyring_refused": translate("problems", "the system keyring refused: {detail}"),
        "keyring_plaintext": translate(
            "problems",
            "the only keyring here stores passwords in a plain file (keyrings.alt); install GNOME Keyring or KWallet"),  # noqa: E501
    }

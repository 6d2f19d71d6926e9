"""Words for the domain's codes, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from leaddesk.domain.codes import ChannelKind, Direction, LeadStatus, Role, Warmth


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def channel(kind: ChannelKind) -> str:
    return {
        ChannelKind.EMAIL: _t("Email"),
        ChannelKind.VK: _t("VK"),
        ChannelKind.WEBCHAT: _t("Website chat"),
        ChannelKind.WEBFORM: _t("Web form"),
        ChannelKind.PHONE: _t("Phone"),
        ChannelKind.WALKIN: _t("Walk-in"),
        ChannelKind.IMPORT: _t("Import"),
    }[kind]


def status(value: LeadStatus) -> str:
    return {
        LeadStatus.NEW: _t("New"),
        LeadStatus.IN_PROGRESS: _t("In progress"),
        LeadStatus.POSTPONED: _t("Postponed"),
        LeadStatus.REJECTED: _t("Rejected"),
        LeadStatus.CONVERTED: _t("Converted"),
    }[value]


def warmth(value: Warmth) -> str:
    return {Warmth.COLD: _t("Cold"), Warmth.WARM: _t("Warm"), Warmth.HOT: _t("Hot")}[value]


def role(value: Role) -> str:
    return {
        Role.DISPATCHER: _t("Dispatcher"),
        Role.MANAGER: _t("Manager"),
        Role.SUPERVISOR: _t("Supervisor"),
    }[value]


def direction(value: Direction) -> str:
    return {
        Direction.INBOUND: _t("Customer"),
        Direction.OUTBOUND: _t("Reply"),
        Direction.NOTE: _t("Note"),
    }[value]


def action(code: str) -> str:
    """The history entry for an audit action code; unknown codes are shown as they are."""
    return {
        "received": _t("Received"),
        "assigned": _t("Assigned"),
        "taken": _t("Taken"),
        "replied": _t("Replied"),
        "rejected": _t("Rejected"),
        "postponed": _t("Postponed"),
        "reopened": _t("Reopened"),
        "converted": _t("Converted to a deal"),
        "note": _t("Note"),
        "warmth": _t("Warmth changed"),
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

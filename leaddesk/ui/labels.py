"""Words for the domain's codes, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from leaddesk.domain.codes import ChannelKind, Direction, LeadStatus, Role, Warmth

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

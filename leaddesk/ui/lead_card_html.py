"""The lead card's content as HTML for a QTextBrowser: escaped text only, nothing remote."""

from __future__ import annotations

from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from leaddesk.domain.codes import Direction, IdentityKind
from leaddesk.domain.lead_card import LeadCard
from leaddesk.ui import formatting, labels


def _t(text: str) -> str:
    return QCoreApplication.translate("LeadCard", text)


def _lines(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def render(card: LeadCard, zone: ZoneInfo) -> str:
    parts = [_header(card, zone), _thread(card, zone), _history(card, zone)]
    return "".join(parts)


def _header(card: LeadCard, zone: ZoneInfo) -> str:
    ids = []
    for identity in card.identities:
        kind = {IdentityKind.EMAIL: _t("email"), IdentityKind.PHONE: _t("phone"),
                IdentityKind.VK: _t("VK")}[identity.kind]
        value = escape(identity.value)
        if identity.kind is IdentityKind.VK:
            value = f"vk.com/id{value}"
        ids.append(f"<span style='color:#666'>{kind}:</span> {value}")
    status_color = labels.STATUS_COLORS[card.status]
    warmth_color = labels.WARMTH_COLORS[card.warmth]
    rows = [
        (_t("Channel"), f"{escape(labels.channel(card.channel))} · {escape(card.channel_name)}"),
        (_t("Source"), escape(card.source or "—")),
        (_t("Received"), escape(formatting.full_time(card.received_at, zone))),
        (_t("Status"),
         f"<b style='color:{status_color}'>{escape(labels.status(card.status))}</b>"
         + (f" — {escape(card.reject_reason)}" if card.reject_reason else "")),
        (_t("Assignee"), escape(card.assignee or _t("nobody yet"))),
        (_t("Warmth"),
         f"<span style='color:{warmth_color}'>{escape(labels.warmth(card.warmth))}</span>"
         f" · {_t('score')} {card.score}"),
    ]
    if card.first_response_at:
        seconds = int((card.first_response_at - card.received_at).total_seconds())
        rows.append((_t("First answer"), escape(formatting.duration(max(0, seconds)))))
    if card.product:
        rows.append((_t("Product"), escape(card.product)))
    if card.deal_amount:
        rows.append((_t("Deal"), escape(card.deal_amount)))
    if card.postponed_until:
        rows.append((_t("Postponed until"), escape(formatting.full_time(card.postponed_until,
                                                                         zone))))
    table = "".join(
        f"<tr><td style='color:#666;padding-right:12px'>{k}</td><td>{v}</td></tr>"
        for k, v in rows
    )
    name = escape(card.contact_name or _t("Unknown contact"))
    subject = f"<p style='font-size:large'>{escape(card.subject)}</p>" if card.subject else ""
    return (
        f"<h2 style='margin-bottom:2px'>{name}</h2>"
        f"<p style='margin-top:0'>{' &nbsp; '.join(ids)}</p>{subject}"
        f"<table cellspacing='0' cellpadding='2'>{table}</table>"
    )


def _thread(card: LeadCard, zone: ZoneInfo) -> str:
    out = [f"<h3>{escape(_t('Conversation'))}</h3>"]
    if not card.messages:
        out.append(f"<p style='color:#666'>{escape(_t('No messages.'))}</p>")
    for message in card.messages:
        inbound = message.direction is Direction.INBOUND
        background = "#f1f3f5" if inbound else "#e3f0ff"
        if message.direction is Direction.NOTE:
            background = "#fff8dc"
        align = "left" if inbound else "right"
        who = escape(message.author or labels.direction(message.direction))
        when = escape(formatting.full_time(message.sent_at, zone))
        out.append(
            f"<table width='92%' align='{align}' cellpadding='8' cellspacing='0' "
            f"style='background:{background};margin-bottom:6px'>"
            f"<tr><td><span style='color:#555'><b>{who}</b> · {when}</span><br>"
            f"{_lines(message.text)}</td></tr></table><br>"
        )
    return "".join(out)


def _history(card: LeadCard, zone: ZoneInfo) -> str:
    if not card.history:
        return ""
    rows = "".join(
        f"<tr><td style='color:#666;padding-right:10px'>"
        f"{escape(formatting.full_time(e.at, zone))}</td>"
        f"<td style='padding-right:10px'>{escape(labels.action(e.action))}</td>"
        f"<td>{escape(e.actor or '')}{' · ' if e.actor and e.detail else ''}"
        f"{escape(e.detail)}</td></tr>"
        for e in card.history
    )
    return f"<h3>{escape(_t('History'))}</h3><table cellspacing='0'>{rows}</table>"

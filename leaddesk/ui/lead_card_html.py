"""The lead card's content as HTML for a QTextBrowser: escaped text only, nothing remote."""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from leaddesk.domain.codes import DealStage, DeliveryState, Direction, IdentityKind, Role
from leaddesk.domain.lead_card import LeadCard
from leaddesk.domain.money import format_money
from leaddesk.domain.sla import seconds_left
from leaddesk.ui import formatting, labels

translate = QCoreApplication.translate


def _lines(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def render(card: LeadCard, zone: ZoneInfo) -> str:
    parts = [_header(card, zone), _thread(card, zone), _history(card, zone)]
    return "".join(parts)


def _header(card: LeadCard, zone: ZoneInfo) -> str:
    ids = []
    for identity in card.identities:
        kind = {
            IdentityKind.EMAIL: translate("LeadCard", "email"),
            IdentityKind.PHONE: translate("LeadCard", "phone"),
            IdentityKind.VK: translate("LeadCard", "VK"),
        }[identity.kind]
        value = escape(identity.value)
        if identity.kind is IdentityKind.VK and identity.value.isdigit():
            value = f"vk.com/id{value}"
        ids.append(f"<span style='color:#666'>{kind}:</span> {value}")
    score_word = translate("LeadCard", "score")
    status_color = labels.STATUS_COLORS[card.status]
    warmth_color = labels.WARMTH_COLORS[card.warmth]
    rows = [
        (
            translate("LeadCard", "Channel"),
            f"{escape(labels.channel(card.channel))} · {escape(card.channel_name)}",
        ),
        (translate("LeadCard", "Source"), escape(card.source or "—")),
        (translate("LeadCard", "Received"), escape(formatting.full_time(card.received_at, zone))),
        (
            translate("LeadCard", "Status"),
            f"<b style='color:{status_color}'>{escape(labels.status(card.status))}</b>"
            + (f" — {escape(card.reject_reason)}" if card.reject_reason else ""),
        ),
        (
            translate("LeadCard", "Assignee"),
            escape(card.assignee or translate("LeadCard", "nobody yet")),
        ),
        (
            translate("LeadCard", "Warmth"),
            f"<span style='color:{warmth_color}'>{escape(labels.warmth(card.warmth))}</span>"
            f" · {score_word} {card.score}",
        ),
    ]
    if card.first_response_at:
        seconds = int((card.first_response_at - card.received_at).total_seconds())
        rows.append(
            (translate("LeadCard", "First answer"), escape(formatting.duration(max(0, seconds))))
        )
    if card.product:
        rows.append((translate("LeadCard", "Product"), escape(card.product)))
    sla = _sla(card)
    if sla:
        rows.append((translate("LeadCard", "Answer due"), sla))
    if card.pool_role and card.assignee_id is None:
        rows.append((translate("LeadCard", "Pool"),
                     escape(translate("LeadCard", "waiting for a %1 to take it").replace(
                         "%1", labels.role(Role(card.pool_role)).lower()))))
    if card.unstaffed and card.assignee_id is None:
        rows.append((translate("LeadCard", "Attention"),
                     "<b style='color:#c0392b'>"
                     + escape(translate("LeadCard", "nobody was on duty when it arrived"))
                     + "</b>"))
    if card.postponed_until:
        rows.append(
            (
                translate("LeadCard", "Postponed until"),
                escape(formatting.full_time(card.postponed_until, zone)),
            )
        )
    table = "".join(
        f"<tr><td style='color:#666;padding-right:12px'>{k}</td><td>{v}</td></tr>" for k, v in rows
    ) + _deal_rows(card, zone)
    name = escape(card.contact_name or translate("LeadCard", "Unknown contact"))
    subject = f"<p style='font-size:large'>{escape(card.subject)}</p>" if card.subject else ""
    return (
        f"<h2 style='margin-bottom:2px'>{name}</h2>"
        f"<p style='margin-top:0'>{' &nbsp; '.join(ids)}</p>{subject}"
        f"<table cellspacing='0' cellpadding='2'>{table}</table>"
    )


def _sla(card: LeadCard) -> str:
    left = seconds_left(card.sla_due_at, card.first_response_at, datetime.now(UTC))
    if left is None or not card.status.is_open:
        return ""
    if left >= 0:
        return escape(translate("LeadCard", "in %1").replace("%1", formatting.duration(left)))
    text = translate("LeadCard", "overdue by %1").replace("%1", formatting.duration(-left))
    if card.escalated_at:
        text += " · " + translate("LeadCard", "escalated to the supervisor")
    return f"<b style='color:#c0392b'>{escape(text)}</b>"


def _deal_rows(card: LeadCard, zone: ZoneInfo) -> str:
    deal = card.deal
    if deal is None:
        return ""
    stage_color = {DealStage.OPEN: "#2f6fb3", DealStage.WON: "#1e8449",
                   DealStage.LOST: "#7f8c8d"}[deal.stage]
    value = (f"<b>{escape(format_money(deal.amount, deal.currency))}</b> · "
             f"<span style='color:{stage_color}'>{escape(labels.deal_stage(deal.stage))}</span>")
    if deal.lost_reason:
        value += f" — {escape(deal.lost_reason)}"
    deal_word = translate("LeadCard", "Deal")
    invoice_word = translate("LeadCard", "Invoice")
    out = [f"<tr><td style='color:#666;padding-right:12px'>"
           f"{escape(deal_word)}</td><td>{value}</td></tr>"]
    for invoice in deal.invoices:
        title = translate("LeadCard", "No. %1 of %2").replace("%1", str(invoice.number)) \
            .replace("%2", invoice.issued_at.astimezone(zone).strftime("%d.%m.%Y"))
        links = " ".join(
            f"<a href='leaddesk:invoice/{verb}/{invoice.id}'>{escape(word)}</a>"
            for verb, word in (("open", translate("LeadCard", "open")),
                               ("save", translate("LeadCard", "save")),
                               ("send", translate("LeadCard", "send"))))
        sent = (" · " + escape(translate("LeadCard", "sent %1").replace(
            "%1", formatting.full_time(invoice.sent_at, zone)))) if invoice.sent_at else ""
        out.append(
            f"<tr><td style='color:#666;padding-right:12px'>"
            f"{escape(invoice_word)}</td><td>{escape(title)} · "
            f"{escape(format_money(invoice.amount, invoice.currency))} &nbsp; {links}{sent}"
            f"</td></tr>")
    return "".join(out)


def _thread(card: LeadCard, zone: ZoneInfo) -> str:
    title = translate("LeadCard", "Conversation")
    out = [f"<h3>{escape(title)}</h3>"]
    if not card.messages:
        nothing = translate("LeadCard", "No messages.")
        out.append(f"<p style='color:#666'>{escape(nothing)}</p>")
    for message in card.messages:
        inbound = message.direction is Direction.INBOUND
        background = "#f1f3f5" if inbound else "#e3f0ff"
        if message.direction is Direction.NOTE:
            background = "#fff8dc"
        align = "left" if inbound else "right"
        who = escape(message.author or labels.direction(message.direction))
        when = escape(formatting.full_time(message.sent_at, zone))
        if message.delivery is DeliveryState.QUEUED:
            when += " · " + escape(translate("LeadCard", "waiting to be sent"))
        elif message.delivery is DeliveryState.FAILED:
            when += " · <b style='color:#c0392b'>" + escape(
                translate("LeadCard", "not sent, will retry")) + "</b>"
        out.append(
            f"<table width='88%' align='{align}' cellpadding='8' cellspacing='0' "
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
    title = translate("LeadCard", "History")
    return f"<h3>{escape(title)}</h3><table cellspacing='0'>{rows}</table>"

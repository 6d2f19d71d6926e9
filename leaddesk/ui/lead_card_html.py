"""The lead card's content as HTML for a QTextBrowser: escaped text and sanitized mail HTML
only, nothing remote."""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from leaddesk.domain.codes import DealStage, DeliveryState, Direction, IdentityKind, Role
from leaddesk.domain.lead_card import CardAttachment, LeadCard, ThreadMessage
from leaddesk.domain.money import format_money
from leaddesk.domain.sla import answer_due, seconds_left
from leaddesk.ui import formatting, labels

translate = QCoreApplication.translate


def _lines(text: str) -> str:
    return escape(text).replace("\n", "<br>")


class LeadCardPlurals(QObject):
    """The card's words that change with a number. pyside6-lupdate sees plural forms only in
    ``self.tr(text, "", n)``, not in a module-level ``translate(...)`` with a variable n."""

    def remote_images(self, count: int) -> str:
        return self.tr("%n remote images were not loaded (privacy)", "", count)

    def byte_count(self, count: int) -> str:
        return self.tr("%n bytes", "", count)


_plural_words: LeadCardPlurals | None = None


def _plurals() -> LeadCardPlurals:
    global _plural_words
    if _plural_words is None:
        _plural_words = LeadCardPlurals()
    return _plural_words


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
        product = escape(card.product)
        if card.product_url:
            product = f"<a href='{escape(card.product_url)}'>{product}</a>"
        rows.append((translate("LeadCard", "Product"), product))
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
    due = answer_due(card.first_response_at, card.sla_due_at, card.reply_due_at)
    left = seconds_left(due, None, datetime.now(UTC))
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
        out.append(_message(message, zone))
    return "".join(out)


def _message(message: ThreadMessage, zone: ZoneInfo) -> str:
    """One bubble: who and when, the text (or the mail's sanitized HTML), its files, what
    was wrong with it, and where an answer is on its way out."""
    inbound = message.direction is Direction.INBOUND
    background = "#f1f3f5" if inbound else "#e3f0ff"
    if message.direction is Direction.NOTE:
        background = "#fff8dc"
    align = "left" if inbound else "right"
    who = escape(message.author or labels.direction(message.direction))
    when = escape(formatting.full_time(message.sent_at, zone))
    if message.direction is Direction.OUTBOUND:
        when += _delivery(message)
    # The mail's HTML was sanitized on arrival (no scripts, no remote resources) and the
    # browser loads nothing anyway (CardBrowser); it starts its own paragraphs.
    body = message.html if inbound and message.html else "<br>" + _lines(message.text)
    extra = []
    if inbound and message.remote_images_blocked > 0:
        blocked = _plurals().remote_images(message.remote_images_blocked)
        extra.append(f"<span style='color:#888;font-size:small'>{escape(blocked)}</span>")
    extra.extend(_attachment_line(attachment) for attachment in message.attachments)
    if message.problem:
        extra.append(_problem(message))
    if message.direction is Direction.OUTBOUND and message.delivery is DeliveryState.FAILED:
        extra.append(_failure(message, zone))
    tail = (f"<p style='margin-top:6px;margin-bottom:0'>{'<br>'.join(extra)}</p>"
            if extra else "")
    return (
        f"<table width='88%' align='{align}' cellpadding='8' cellspacing='0' "
        f"style='background:{background};margin-bottom:6px'>"
        f"<tr><td><span style='color:#555'><b>{who}</b> · {when}</span>"
        f"{body}{tail}</td></tr></table><br>"
    )


DELIVERY_COLORS = {
    DeliveryState.QUEUED: "#b7791f",
    DeliveryState.SENDING: "#2f6fb3",
    DeliveryState.SENT: "#1e8449",
}


def _delivery(message: ThreadMessage) -> str:
    """An answer's way out, in words and a colour, after its time."""
    words = {
        DeliveryState.QUEUED: translate("LeadCard", "waiting to be sent"),
        DeliveryState.SENDING: translate("LeadCard", "sending…"),
        DeliveryState.SENT: translate("LeadCard", "sent ✓"),
    }.get(message.delivery)  # a failed one says why under its text: see _failure
    if words is None:
        return ""
    return f" · <span style='color:{DELIVERY_COLORS[message.delivery]}'>{escape(words)}</span>"


def _failure(message: ThreadMessage, zone: ZoneInfo) -> str:
    """Why a failed answer did not go, when it is tried again, and a way to try now."""
    error = labels.channel_problem(message.last_error) or translate(
        "LeadCard", "the server did not say why")
    if message.next_attempt_at is None:
        text = translate("LeadCard", "not sent: %1 — will not be retried").replace("%1", error)
    else:
        text = translate("LeadCard", "not sent: %1 — next try at %2").replace("%1", error) \
            .replace("%2", _clock(message.next_attempt_at, zone))
    retry = translate("LeadCard", "Try again now")
    return (f"<span style='color:#c0392b'>{escape(text)}</span> &nbsp; "
            f"<a href='leaddesk:message/retry/{message.message_id}'>{escape(retry)}</a>")


def _clock(moment: datetime, zone: ZoneInfo) -> str:
    """``15:30`` today, the full date and time on another day."""
    local = moment.astimezone(zone)
    if local.date() == datetime.now(UTC).astimezone(zone).date():
        return f"{local:%H:%M}"
    return formatting.full_time(moment, zone)


def _problem(message: ThreadMessage) -> str:
    """A damaged inbound mail: what was wrong, and its original to save when it was kept."""
    text = translate("LeadCard", "This message was damaged: %1").replace(
        "%1", message.problem or "")
    line = f"<span style='color:#b45309'>⚠ {escape(text)}</span>"
    if message.has_raw:
        save = translate("LeadCard", "Save the original (.eml)")
        line += f" &nbsp; <a href='leaddesk:raw/save/{message.message_id}'>{escape(save)}</a>"
    return line


def _attachment_line(attachment: CardAttachment) -> str:
    if attachment.url:  # kept by the channel (VK): a link to open in the browser
        kind = _kind_words().get(attachment.mime, "")
        label = " · ".join(part for part in (kind, attachment.name) if part) or "—"
        size = f" <span style='color:#666'>({escape(data_size(attachment.size))})</span>" \
            if attachment.size else ""
        hint = translate("LeadCard", "Open in the browser")
        return (f"<a href='{escape(attachment.url)}' title='{escape(hint)}'>"
                f"{escape(label)}</a>{size}")
    hint = translate("LeadCard", "Save the file…")
    return (f"<a href='leaddesk:attachment/save/{attachment.attachment_id}' "
            f"title='{escape(hint)}'>{escape(attachment.name or '—')}</a> "
            f"<span style='color:#666'>({escape(data_size(attachment.size))})</span>")


def _kind_words() -> dict[str, str]:
    """Words for the kinds of files a channel keeps (VK attachment types)."""
    return {
        "photo": translate("LeadCard", "Photo"),
        "doc": translate("LeadCard", "Document"),
        "audio_message": translate("LeadCard", "Voice message"),
        "sticker": translate("LeadCard", "Sticker"),
        "video": translate("LeadCard", "Video"),
        "market": translate("LeadCard", "Product"),
        "link": translate("LeadCard", "Link"),
        "wall": translate("LeadCard", "Post"),
        "audio": translate("LeadCard", "Audio"),
    }


def data_size(size: int) -> str:
    """``512 байт``, ``12,1 кБ``, ``3,3 МБ``: in the user's language, 1024 to a kilobyte."""
    if size < 1024:
        return _plurals().byte_count(max(0, size))
    return QLocale().formattedDataSize(
        size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


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

"""Making leads in tests through the real intake service."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from leaddesk.domain.codes import ChannelKind, IdentityKind
from leaddesk.services.intake import InboundRequest, ensure_channel, record_inbound_lead

BASE = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def make_channels(uow_factory) -> None:
    ensure_channel(uow_factory, ChannelKind.EMAIL, "Почта продаж", 3600)
    ensure_channel(uow_factory, ChannelKind.VK, "ВКонтакте", 900)
    ensure_channel(uow_factory, ChannelKind.WEBCHAT, "Чат на сайте", 120)


def add_lead(uow_factory, n: int, *, channel: str = "Почта продаж", text: str | None = None,
             name: str | None = None, email: str | None = None, phone: str | None = None,
             minutes: int | None = None) -> int:
    identities = []
    if email:
        identities.append((IdentityKind.EMAIL, email))
    if phone:
        identities.append((IdentityKind.PHONE, phone))
    return record_inbound_lead(uow_factory, InboundRequest(
        channel_name=channel,
        received_at=BASE + timedelta(minutes=n if minutes is None else minutes),
        text=text or f"Здравствуйте! Сколько стоит доставка заказа номер {n}?",
        subject=f"Заявка {n}",
        contact_name=name or f"Покупатель {n}",
        identities=tuple(identities),
    ))

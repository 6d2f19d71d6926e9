"""VK community messages as the domain sees them: a message object of the VK API (5.199)
read into plain data, never raising on odd payloads."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any


@dataclass(frozen=True)
class VkSettings:
    """A VK community channel's settings (the token lives in the keyring).

    ``api_base``: another API host (``https://api.vk.ru/method/`` when empty).
    """

    group_id: int
    api_base: str = ""
    history_days: int = 30

    def as_settings(self) -> dict[str, Any]:
        return {"group_id": self.group_id, "api_base": self.api_base,
                "history_days": self.history_days}

    @staticmethod
    def from_settings(settings: dict[str, Any]) -> VkSettings:
        try:
            group_id = abs(int(settings.get("group_id") or 0))
        except (TypeError, ValueError):
            group_id = 0
        return VkSettings(group_id, str(settings.get("api_base") or ""),
                          int(settings.get("history_days", 30) or 0))


class MalformedVkMessage(ValueError):
    """The payload is not a message VK would send (no id, peer or sender)."""


@dataclass(frozen=True, slots=True)
class VkAttachment:
    """A photo, document, voice message, sticker... shown as a link (VK keeps the file)."""

    kind: str  # photo, doc, audio_message, sticker, video, audio, link, wall, market, ...
    title: str
    url: str = ""
    size: int = 0
    mime: str = ""


@dataclass(frozen=True, slots=True)
class VkMessage:
    """One message of a community conversation.

    Attributes:
        message_id: the community's message id (unique in the community), as VK gives it.
        peer_id: the conversation (for a person: their user id).
        from_id: the author (a person's id > 0; the community itself is negative).
        outgoing: written by the community (``out`` = 1), i.e. by the team.
        product: the market item the customer wrote from (title, price, currency, url).
    """

    message_id: int
    peer_id: int
    from_id: int
    sent_at: datetime
    text: str
    outgoing: bool = False
    attachments: tuple[VkAttachment, ...] = ()
    product: dict[str, Any] | None = None
    problems: tuple[str, ...] = field(default_factory=tuple)

    @property
    def from_person(self) -> bool:
        """Written by a person in a private conversation (not a group chat, not the team)."""
        return not self.outgoing and self.from_id > 0 and self.peer_id == self.from_id


@dataclass(frozen=True, slots=True)
class VkProfile:
    """What ``users.get`` tells about a person."""

    user_id: int
    name: str
    city: str = ""
    photo_url: str = ""


def read_message(payload: Any) -> VkMessage:
    """A ``message_new`` object (5.103+: ``{"message": {...}, "client_info": ...}``) or a
    bare message object (``messages.getHistory`` items) as a VkMessage.

    Raises MalformedVkMessage when there is no id, peer or sender; anything else odd is
    kept as a problem and the rest read.
    """
    if isinstance(payload, dict) and isinstance(payload.get("message"), dict):
        payload = payload["message"]
    if not isinstance(payload, dict):
        raise MalformedVkMessage("the message is not an object")
    try:
        message_id = int(payload.get("id") or payload.get("conversation_message_id") or 0)
        peer_id = int(payload["peer_id"])
        from_id = int(payload["from_id"])
    except (KeyError, TypeError, ValueError) as error:
        raise MalformedVkMessage(f"no {error} in the message") from error
    if not message_id:
        raise MalformedVkMessage("the message has no id")
    problems: list[str] = []
    try:
        sent_at = datetime.fromtimestamp(int(payload.get("date") or 0), UTC)
    except (TypeError, ValueError, OverflowError):
        sent_at = datetime.fromtimestamp(0, UTC)
        problems.append("the date could not be read")
    text = payload.get("text")
    text = text if isinstance(text, str) else ""
    attachments: list[VkAttachment] = []
    product = None
    raw_attachments = payload.get("attachments")
    for item in raw_attachments if isinstance(raw_attachments, list) else ():
        try:
            attachment, item_product = _attachment(item)
        except (KeyError, TypeError, ValueError, AttributeError):
            problems.append("an attachment could not be read")
            continue
        attachments.append(attachment)
        product = product or item_product
    return VkMessage(message_id, peer_id, from_id, sent_at, text.replace("\x00", ""),
                     bool(payload.get("out")), tuple(attachments), product, tuple(problems))


def _attachment(item: dict[str, Any]) -> tuple[VkAttachment, dict[str, Any] | None]:
    kind = str(item["type"])
    body = item.get(kind) or {}
    if kind == "photo":
        sizes = body.get("sizes") or []
        best = max(sizes, key=lambda s: (s.get("width") or 0) * (s.get("height") or 0),
                   default={})
        return VkAttachment("photo", body.get("text") or "", best.get("url", "")), None
    if kind == "doc":
        return VkAttachment("doc", body.get("title") or "document", body.get("url", ""),
                            int(body.get("size") or 0), body.get("ext") or ""), None
    if kind == "audio_message":
        url = body.get("link_mp3") or body.get("link_ogg") or ""
        seconds = int(body.get("duration") or 0)
        return VkAttachment("audio_message", f"{seconds // 60}:{seconds % 60:02d}", url), None
    if kind == "sticker":
        images = body.get("images") or []
        best = max(images, key=lambda s: s.get("width") or 0, default={})
        return VkAttachment("sticker", "", best.get("url", "")), None
    if kind == "market":
        owner, item_id = body.get("owner_id"), body.get("id")
        url = f"https://vk.com/market{owner}?w=product{owner}_{item_id}" \
            if owner is not None and item_id is not None else ""
        price = body.get("price") or {}
        product = {"title": body.get("title") or "", "url": url}
        amount = _price(price)
        if amount is not None:
            product["price"] = str(amount)
            product["currency"] = (price.get("currency") or {}).get("name") or "RUB"
        return VkAttachment("market", product["title"], url), product
    if kind == "link":
        return VkAttachment("link", body.get("title") or body.get("url", ""),
                            body.get("url", "")), None
    if kind == "video":
        owner, item_id = body.get("owner_id"), body.get("id")
        return VkAttachment("video", body.get("title") or "",
                            f"https://vk.com/video{owner}_{item_id}"), None
    if kind == "wall":
        owner = body.get("owner_id") or body.get("from_id")
        return VkAttachment("wall", (body.get("text") or "")[:100],
                            f"https://vk.com/wall{owner}_{body.get('id')}"), None
    title = body.get("title") if isinstance(body, dict) else ""
    return VkAttachment(kind, title or "", body.get("url", "") if isinstance(body, dict)
                        else ""), None


def _price(price: dict[str, Any]) -> Decimal | None:
    """VK gives ``amount`` in kopecks (a string) and ``text`` ("1 990 ₽")."""
    try:
        return (Decimal(str(price["amount"])) / 100).quantize(Decimal("0.01"))
    except (KeyError, InvalidOperation, TypeError):
        return None


def conversation_key(peer_id: int) -> str:
    """The thread key of a conversation: later messages join its open lead."""
    return f"vk:{peer_id}"

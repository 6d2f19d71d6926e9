"""The website channels' settings: allowed site origins, the chat's words, limits.

A web chat or web-form channel keeps its settings in the channel row (no secrets here:
the public key is printed into the site's HTML anyway). Only pages from the listed
origins may talk to the intake service from a browser.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

MAX_CHAT_TEXT = 4000  # characters of one visitor message
VISITOR_PREFIX = "chat:"  # thread key of a chat conversation: "chat:" + visitor token

DEFAULT_GREETING = "Здравствуйте! Напишите нам — ответим за пару минут."
DEFAULT_OFFLINE = ("Сейчас в чате никого нет. Оставьте телефон или почту и вопрос — "
                   "мы свяжемся с вами в рабочее время.")


def storable(text: str) -> str:
    """``text`` as a database keeps it: NUL characters (which PostgreSQL text refuses)
    dropped and lone surrogates (which no UTF-8 holds) replaced; everything else exact."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def normalize_origin(text: str) -> str | None:
    """``https://Shop.example.ru/path`` -> ``https://shop.example.ru``; None if it is no
    http(s) origin."""
    parts = urlsplit(text.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    default = {"http": 80, "https": 443}[parts.scheme]
    try:
        port = parts.port
    except ValueError:
        return None
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    return f"{parts.scheme}://{host}" + (f":{port}" if port and port != default else "")


@dataclass(frozen=True)
class SiteSettings:
    """A web chat's or web-form channel's settings.

    Attributes:
        key: the chat's public key (its address on the intake service); "" for forms.
        origins: the site origins allowed to post (``https://shop.example.ru``).
        title: the chat window's title.
        greeting: shown when the visitor opens the chat.
        offline_text: shown with the contact form when nobody is on duty.
    """

    key: str = ""
    origins: tuple[str, ...] = ()
    title: str = "Онлайн-консультант"
    greeting: str = DEFAULT_GREETING
    offline_text: str = DEFAULT_OFFLINE

    @classmethod
    def from_settings(cls, settings: dict[str, Any]) -> SiteSettings:
        return cls(
            key=str(settings.get("chat_key", "")),
            origins=tuple(o for o in (normalize_origin(x) for x in settings.get("origins", ()))
                          if o),
            title=str(settings.get("title", cls.title)),
            greeting=str(settings.get("greeting", cls.greeting)),
            offline_text=str(settings.get("offline_text", cls.offline_text)),
        )

    def to_settings(self) -> dict[str, Any]:
        return {"chat_key": self.key, "origins": list(self.origins), "title": self.title,
                "greeting": self.greeting, "offline_text": self.offline_text}

    def allows(self, origin: str | None) -> bool:
        """Whether a browser page from ``origin`` may post here."""
        normalized = normalize_origin(origin or "")
        return normalized is not None and normalized in self.origins


def origin_problems(lines: list[str]) -> list[str]:
    """The lines of an origins list that are no http(s) origin."""
    return [line for line in lines if line.strip() and normalize_origin(line) is None]


@dataclass(frozen=True, slots=True)
class ChatLine:
    """A message of a chat conversation as the visitor sees it."""

    id: int
    from_operator: bool
    text: str
    at: str  # ISO 8601
    author: str

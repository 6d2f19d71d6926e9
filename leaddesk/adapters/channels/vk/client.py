"""The VK API of one community through vk-api 11.10, as ``services.ports.VkClient``, and
answers through ``messages.send`` as a ``ChannelSender``.

vk-api posts to the hard-coded ``https://api.vk.ru/method/``; a requests adapter moves the
calls to another host when the channel has an ``api_base`` (the tests' loopback fake).
Every failure becomes a ``VkError`` in plain words.
"""

from __future__ import annotations

import logging
from typing import Any

import requests
import vk_api
from jconfig.memory import MemoryConfig
from requests.adapters import HTTPAdapter

from leaddesk.domain.problems import describe
from leaddesk.domain.vk import VkProfile, VkSettings
from leaddesk.services.ports import DeliveryError, OutgoingMessage, VkConversation, VkError

log = logging.getLogger(__name__)

API_VERSION = "5.199"
VK_API = "https://api.vk.ru/method/"
TIMEOUT = 30
# VK's error codes a manager meets, in words (domain/problems.py), and whether a retry
# may help.
ERRORS = {
    5: ("vk_token", False),
    6: ("vk_too_many", True),
    7: ("vk_rights", False),
    9: ("vk_flood", True),
    10: ("vk_internal", True),
    15: ("vk_access", False),
    27: ("vk_user_token", False),
    100: ("vk_parameter", False),
    900: ("vk_blacklisted", False),
    901: ("vk_not_allowed", False),
    902: ("vk_privacy", False),
    914: ("vk_too_long", False),
}


class _Redirect(HTTPAdapter):
    """Sends ``https://api.vk.ru/method/X`` to ``{base}X`` instead."""

    def __init__(self, base: str) -> None:
        super().__init__()
        self.base = base if base.endswith("/") else base + "/"

    def send(self, request, **kwargs):
        request.url = self.base + request.url[len(VK_API):]
        return super().send(request, **kwargs)


class VkApiClient:
    """Implements ``VkClient`` for one community."""

    def __init__(self, settings: VkSettings, token: str) -> None:
        self.settings = settings
        self._session = requests.Session()
        if settings.api_base and settings.api_base.rstrip("/") + "/" != VK_API:
            self._session.mount(VK_API, _Redirect(settings.api_base))
        self._vk = vk_api.VkApi(token=token, api_version=API_VERSION, config=MemoryConfig,
                                session=self._session)
        self._vk.RPS_DELAY = 1 / 20  # a community token may make 20 requests a second
        self._poll = requests.Session()

    def _call(self, method: str, **values: Any) -> Any:
        try:
            return self._vk.method(method, values)
        except vk_api.ApiError as error:
            code, retry = ERRORS.get(error.code, ("", True))
            reason = describe(code) if code else describe(
                "vk_said", text=error.error.get("error_msg") or str(error), code=error.code)
            raise VkError(reason, error.code, retry) from error
        except (vk_api.ApiHttpError, requests.RequestException, ValueError) as error:
            raise VkError(describe("vk_unreachable", detail=_short(error))) from error

    def group_name(self) -> str:
        answer = self._call("groups.getById", group_id=self.settings.group_id)
        groups = answer.get("groups", answer) if isinstance(answer, dict) else answer
        return str(groups[0].get("name") or "") if groups else ""

    def long_poll_server(self) -> tuple[str, str, str]:
        answer = self._call("groups.getLongPollServer", group_id=self.settings.group_id)
        return str(answer["server"]), str(answer["key"]), str(answer["ts"])

    def long_poll(self, server: str, key: str, ts: str, wait: int) -> dict[str, Any]:
        try:
            response = self._poll.get(server, params={"act": "a_check", "key": key, "ts": ts,
                                                      "wait": wait}, timeout=wait + 10)
            response.raise_for_status()
            answer = response.json()
        except (requests.RequestException, ValueError) as error:
            raise VkError(describe("long_poll_unreachable", detail=_short(error))) from error
        if not isinstance(answer, dict):
            raise VkError(describe("long_poll_odd"))
        return answer

    def conversations(self, offset: int, count: int) -> list[VkConversation]:
        answer = self._call("messages.getConversations", offset=offset, count=count,
                            filter="all", group_id=self.settings.group_id)
        found = []
        for item in answer.get("items", []):
            conversation = item.get("conversation") or {}
            peer = (conversation.get("peer") or {}).get("id")
            last = conversation.get("last_message_id") or \
                (item.get("last_message") or {}).get("id")
            if peer is not None and last is not None:
                found.append(VkConversation(int(peer), int(last)))
        return found

    def history(self, peer_id: int, offset: int, count: int) -> list[dict[str, Any]]:
        answer = self._call("messages.getHistory", peer_id=peer_id, offset=offset,
                            count=count, group_id=self.settings.group_id)
        return list(answer.get("items", []))

    def profiles(self, user_ids: list[int]) -> list[VkProfile]:
        if not user_ids:
            return []
        answer = self._call("users.get", user_ids=",".join(map(str, user_ids[:1000])),
                            fields="city,photo_100")
        return [VkProfile(int(u["id"]),
                          " ".join(p for p in (u.get("first_name"), u.get("last_name")) if p),
                          (u.get("city") or {}).get("title", ""), u.get("photo_100") or "")
                for u in answer if isinstance(u, dict) and "id" in u]

    def send(self, peer_id: int, text: str, random_id: int) -> int:
        answer = self._call("messages.send", peer_id=peer_id, message=text,
                            random_id=random_id, group_id=self.settings.group_id)
        if isinstance(answer, list):  # with peer_ids VK answers a list
            answer = answer[0].get("message_id") if answer else 0
        return int(answer or 0)


class VkSender:
    """Implements ``ChannelSender`` for a VK community: ``random_id`` is the outbox row id,
    so VK drops a retry of a message it already has."""

    def __init__(self, settings: VkSettings, token: str) -> None:
        self._client = VkApiClient(settings, token)

    def header_id(self) -> None:
        return None

    def check(self) -> None:
        try:
            self._client.group_name()
        except VkError as error:
            raise DeliveryError(error.reason, permanent=not error.retry) from error

    def send(self, message: OutgoingMessage) -> str | None:
        try:
            peer_id = int(message.reply.to_address)
        except ValueError as error:
            raise DeliveryError(describe("vk_no_peer"),
                                permanent=True) from error
        text = message.text
        if message.attachments:
            names = ", ".join(a.name for a in message.attachments)
            text += f"\n\n({names})"
        try:
            return str(self._client.send(peer_id, text, random_id=message.id))
        except VkError as error:
            raise DeliveryError(error.reason, permanent=not error.retry) from error

    def close(self) -> None:
        pass


def _short(error: Exception) -> str:
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return text[:200]

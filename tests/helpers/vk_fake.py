"""A loopback fake of the VK API (5.199, community token) and of its Bots Long Poll server.

``FakeVk(group_id=123, token="vk-token")`` serves, on 127.0.0.1 and a free port, the API
methods the VK channel uses at ``api_base`` (``http://127.0.0.1:PORT/method/``; a client
posts ``{api_base}{method}`` with form fields ``access_token``, ``v`` and the method's
parameters, a query string works too) and the long poll at ``longpoll_url``. Answers are
``{"response": ...}`` or ``{"error": {"error_code", "error_msg", "request_params"}}``.

State: ``users`` (``add_user``), one message store for the whole community (incoming
from ``deliver``, outgoing from ``messages.send``; ids from 1000 up), the long-poll queue
(``deliver(..., online=True)``, ``push_raw_update``), and injected failures
(``fail_next_poll``, ``fail_send_next`` / ``fail_next``, ``lose_next_send_response``,
``deny_messages``). ``requests`` logs every call (``VkRequest(method, params)``; the long
poll is logged as method ``"longpoll"``).

Methods:

- ``groups.getById`` -> ``{"groups": [{"id", "name", "screen_name", "is_closed", "type",
  "photo_50", "photo_100", "photo_200"}], "profiles": []}`` (the 5.194+ shape, also in the
  kutana transcript), whatever ``group_id``/``group_ids`` say.
- ``groups.getLongPollServer`` (``group_id`` must be the community's: else error 15)
  -> ``{"key", "server", "ts"}``; the same key while it is valid, a new one after a
  ``failed: 2/3``. ``ts`` is the number the next queued update will get, so updates queued
  before the call are not delivered to that poller (VK does the same: catch up with history).
- ``users.get`` (``user_ids`` comma-separated, ``fields``): known users only, with ``id``,
  ``first_name``, ``last_name``, ``can_access_closed``, ``is_closed``, and ``city`` /
  ``photo_100`` only when asked in ``fields`` (``city`` left out when the user has none).
- ``messages.send`` (``peer_id`` or ``user_id``, ``random_id`` required, ``message`` and/or
  ``attachment``) -> the new message id. A repeated non-zero ``random_id`` for the same peer
  returns the first message's id and stores nothing (``random_id=0`` never deduplicates).
  With ``reply_events=True`` a ``message_reply`` update (the message object itself) is
  queued, as VK does when that event type is switched on.
- ``messages.getConversations`` (``offset``, ``count`` <= 200, ``filter`` all / unread /
  unanswered, ``extended``) -> ``{"count", "items": [{"conversation": {"peer": {"id",
  "type": "user", "local_id"}, "last_message_id", "last_conversation_message_id",
  "in_read", "out_read", "unread_count"?, "can_write"}, "last_message"}]}``, newest first.
  ``in_read``: the last incoming message the community has read (it reads a conversation
  by replying or ``messages.markAsRead``); ``out_read``: the last outgoing one the person
  has read (they read everything when they write).
- ``messages.getHistory`` (``peer_id``/``user_id``, ``count`` default 20 and clipped to
  200, ``offset``, ``start_message_id``, ``rev``) -> ``{"count": messages in the
  conversation, "items": [...]}``. The conversation is ordered newest first (``rev=0``) or
  oldest first (``rev=1``). Without ``start_message_id`` the window starts at ``offset``
  (which must be >= 0). With ``start_message_id`` > 0 the window starts at that message
  (or where it would be: the first message not newer for ``rev=0``, not older for
  ``rev=1``), shifted by ``offset``, which must then be <= 0, as VK documents. So with
  ``rev=0``, ``start_message_id=S, offset=-n, count=n`` gives up to n messages newer than
  S, newest first, S itself excluded; with ``rev=1, start_message_id=S+1, offset=0`` the
  ones after S oldest first. ``start_message_id=-1`` starts at the first unread incoming
  message (VK adds their number to the offset). ``extended=1`` adds ``profiles``.
- ``messages.getById`` (``message_ids``) -> ``{"count", "items"}``; ``messages.markAsRead``
  (``peer_id``) -> 1.
- Anything else: error 3 "Unknown method passed". A wrong token: error 5.

Long poll (``GET``/``POST /longpoll?act=a_check&key=K&ts=T&wait=W``): ``{"ts": "<next>",
"updates": [...]}`` with every queued update numbered >= T, waiting up to ``wait``
seconds (capped at ``max_wait``, 2 s) and waking as soon as one is queued. A key that is
not the current valid one gets ``{"failed": 2}``. ``fail_next_poll(1, ts)`` answers the
next (or the waiting) poll with ``{"failed": 1, "ts": ts or the current ts}`` (an int);
``fail_next_poll(2)`` with ``{"failed": 2}`` and the key is refused until
``groups.getLongPollServer`` hands out a new one (the queue is kept, so a client that
keeps its ``ts`` misses nothing); ``fail_next_poll(3)`` with ``{"failed": 3}``: new key,
the ts jumps ahead and the queued updates are dropped (never replayed).

``session()`` gives a ``requests.Session`` whose adapter sends ``https://api.vk.ru/...``
(vk_api's hard-coded URL) and ``https://api.vk.com/...`` here; ``vk_api_client()`` a
``vk_api.VkApi`` on it (api 5.199, in-memory config, no 0.34 s pause between calls).
"""

from __future__ import annotations

import copy
import hashlib
import itertools
import json
import re
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import requests
from requests.adapters import HTTPAdapter

API_VERSION = "5.199"
FIRST_MESSAGE_ID = 1000
CHAT_START_ID = 2_000_000_000
VK_API_PREFIXES = ("https://api.vk.ru/", "https://api.vk.com/")

CLIENT_INFO = {
    "button_actions": ["text", "vkpay", "open_app", "location", "open_link", "callback",
                       "intent_subscribe", "intent_unsubscribe"],
    "keyboard": True,
    "inline_keyboard": True,
    "carousel": True,
    "lang_id": 0,
}

ERROR_MESSAGES = {
    1: "Unknown error occurred",
    3: "Unknown method passed",
    5: "User authorization failed: invalid access_token",
    6: "Too many requests per second",
    7: "Permission to perform this action is denied",
    8: "Invalid request",
    9: "Flood control",
    10: "Internal server error",
    15: "Access denied",
    29: "Rate limit reached",
    100: "One of the parameters specified was missing or invalid",
    901: "Can't send messages for users without permission",
    902: "Can't send messages to this user due to their privacy settings",
    914: "Message is too long",
    936: "Contact not found",
}


@dataclass(frozen=True)
class VkRequest:
    """One call the fake answered: ``method`` (``"longpoll"`` for the long poll)."""

    method: str
    params: dict[str, str]


class _ApiError(Exception):
    def __init__(self, code: int, message: str | None = None) -> None:
        super().__init__(code, message)
        self.code = code
        self.message = message or ERROR_MESSAGES.get(code, "Unknown error occurred")


class _LoseResponse(Exception):
    """Close the connection without an answer (the request did reach VK)."""


def _invalid(detail: str) -> _ApiError:
    return _ApiError(100, f"One of the parameters specified was missing or invalid: {detail}")


def _int(params: dict[str, str], name: str, default: int | None = None) -> int | None:
    value = params.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise _invalid(f"{name} not integer") from None


class FakeVk:
    """See the module docstring. ``start()``/``stop()`` or ``with FakeVk() as vk:``."""

    def __init__(self, group_id: int = 123, token: str = "vk-token", *,
                 group_name: str = "Магазин дверей", screen_name: str = "doors",
                 max_wait: float = 2.0, reply_events: bool = False,
                 clock: Callable[[], float] = time.time) -> None:
        self.group_id = abs(int(group_id))
        self.token = token
        self.group_name = group_name
        self.screen_name = screen_name
        self.max_wait = max_wait
        self.reply_events = reply_events
        self.clock = clock
        self.users: dict[int, dict[str, Any]] = {}
        self._cond = threading.Condition(threading.RLock())
        self._messages: list[dict[str, Any]] = []
        self._ids = itertools.count(FIRST_MESSAGE_ID)
        self._cmids: dict[int, int] = {}  # peer -> last conversation_message_id
        self._in_read: dict[int, int] = {}
        self._out_read: dict[int, int] = {}
        self._random_ids: dict[tuple[int, int], int] = {}
        self._denied: set[int] = set()
        self._updates: list[tuple[int, dict[str, Any]]] = []
        self._ts = 1
        self._key = secrets.token_hex(20)
        self._key_valid = True
        self._poll_failures: list[tuple[int, int | None]] = []
        self._method_failures: dict[str, list[tuple[int, str | None]]] = {}
        self._lost_send_responses = 0
        self._pollers = 0
        self._requests: list[VkRequest] = []
        self.server_errors: list[str] = []  # bugs in the fake itself (answered as error 10)
        self._stopping = False
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._port = 0

    # -- lifecycle --

    def start(self) -> FakeVk:
        """Listen on 127.0.0.1 (the same port again after a ``stop()``)."""
        if self._server is not None:
            return self
        with self._cond:
            self._stopping = False
        server = _Server(("127.0.0.1", self._port), _Handler)
        server.fake = self
        self._server = server
        self._port = server.server_address[1]
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02},
                                        name=f"FakeVk:{self._port}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Wake the waiting polls, close the socket and join every thread."""
        server, thread = self._server, self._thread
        if server is None:
            return
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        server.shutdown()
        server.server_close()  # joins the request threads (they are not daemons)
        if thread is not None:
            thread.join(5)
        self._server = self._thread = None

    def __enter__(self) -> FakeVk:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._port}/"

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self._port}/method/"

    @property
    def longpoll_url(self) -> str:
        return f"http://127.0.0.1:{self._port}/longpoll"

    # -- clients --

    def session(self) -> requests.Session:
        """A ``requests.Session`` that sends VK API URLs (api.vk.ru / api.vk.com) here."""
        session = requests.Session()
        session.trust_env = False  # no proxy for the loopback
        adapter = LoopbackAdapter(self.base_url)
        for prefix in VK_API_PREFIXES:
            session.mount(prefix, adapter)
        return session

    def vk_api_client(self, token: str | None = None):
        """A ``vk_api.VkApi`` talking to this fake: 5.199, in-memory config, no RPS pause."""
        import vk_api
        from jconfig.memory import MemoryConfig  # jconfig is a package of its own

        vk = vk_api.VkApi(token=self.token if token is None else token, api_version=API_VERSION,
                          config=MemoryConfig, session=self.session())
        vk.RPS_DELAY = 0  # the class default sleeps up to 0.34 s between calls
        return vk

    # -- people and messages --

    def add_user(self, user_id: int, first: str, last: str, city: str | None = None,
                 photo_100: str | None = None) -> dict[str, Any]:
        user = {"first_name": first, "last_name": last,
                "photo_100": photo_100 or f"https://sun9-1.userapi.com/fake/u{user_id}_100.jpg"}
        if city:
            user["city"] = {"id": 1, "title": city}
        with self._cond:
            self.users[int(user_id)] = user
        return user

    def deliver(self, user_id: int, text: str, attachments: list[dict[str, Any]] | None = None,
                online: bool = True, *, date: int | None = None,
                peer_id: int | None = None) -> dict[str, Any]:
        """The person ``user_id`` writes to the community. With ``online`` a ``message_new``
        update is queued for the long poll; without, the message is only in the history (an
        event lost while the desk was offline). Returns (a copy of) the message object."""
        user_id = int(user_id)
        peer = user_id if peer_id is None else int(peer_id)
        with self._cond:
            message = self._store(peer, user_id, 0, text, attachments or [], 0, date)
            last_out = max((m["id"] for m in self._messages
                            if m["peer_id"] == peer and m["out"]), default=0)
            self._out_read[peer] = last_out
            if online:
                self._queue({"type": "message_new",
                             "object": {"message": copy.deepcopy(message),
                                        "client_info": copy.deepcopy(CLIENT_INFO)}})
            return copy.deepcopy(message)

    def push_raw_update(self, update: dict[str, Any]) -> int:
        """Queue ``update`` as it is (unknown types, malformed objects...); returns its ts."""
        with self._cond:
            return self._queue(copy.deepcopy(update), raw=True)

    def deny_messages(self, user_id: int, denied: bool = True) -> None:
        """``messages.send`` to this person fails with 901 until allowed again."""
        with self._cond:
            (self._denied.add if denied else self._denied.discard)(int(user_id))

    # -- injected failures --

    def fail_next_poll(self, code: int, ts: int | None = None) -> None:
        """The next long-poll answer (or the one now waiting) is ``{"failed": code}``."""
        if code not in (1, 2, 3):
            raise ValueError("failed is 1, 2 or 3")
        with self._cond:
            self._poll_failures.append((code, ts))
            self._cond.notify_all()

    def fail_next(self, method: str, code: int, msg: str | None = None, count: int = 1) -> None:
        """The next ``count`` calls of ``method`` answer error ``code`` (and change nothing)."""
        with self._cond:
            self._method_failures.setdefault(method, []).extend([(code, msg)] * count)

    def fail_send_next(self, code: int, msg: str | None = None, count: int = 1) -> None:
        """E.g. 901 "Can't send messages for users without permission", 9 "Flood control",
        10 "Internal server error"."""
        self.fail_next("messages.send", code, msg, count)

    def lose_next_send_response(self, count: int = 1) -> None:
        """The next ``count`` sends are stored, but the connection closes without an answer
        (the client sees a connection error; a retry with the same random_id is dropped)."""
        with self._cond:
            self._lost_send_responses += count

    # -- what happened --

    @property
    def messages(self) -> list[dict[str, Any]]:
        with self._cond:
            return copy.deepcopy(self._messages)

    @property
    def sent(self) -> list[dict[str, Any]]:
        """The outgoing messages, in the order they were stored."""
        with self._cond:
            return copy.deepcopy([m for m in self._messages if m["out"]])

    @property
    def requests(self) -> list[VkRequest]:
        with self._cond:
            return list(self._requests)

    def calls(self, method: str) -> list[dict[str, str]]:
        """The params of every call of ``method``."""
        return [r.params for r in self.requests if r.method == method]

    @property
    def ts(self) -> int:
        """The number the next queued update gets."""
        with self._cond:
            return self._ts

    @property
    def key(self) -> str:
        with self._cond:
            return self._key

    @property
    def queued_updates(self) -> list[dict[str, Any]]:
        with self._cond:
            return [copy.deepcopy(update) for _, update in self._updates]

    def wait_for_sent(self, count: int, timeout: float = 5.0) -> list[dict[str, Any]]:
        """Block until ``count`` outgoing messages exist (or ``timeout``); returns ``sent``."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while sum(1 for m in self._messages if m["out"]) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._cond.wait(remaining)
        return self.sent

    def wait_for_poller(self, timeout: float = 5.0) -> bool:
        """Block until a long-poll request is waiting here (a listener is connected)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._pollers == 0:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._cond.wait(remaining)
            return True

    # -- internals (called with the lock held) --

    def _now(self) -> int:
        return int(self.clock())

    def _store(self, peer: int, from_id: int, out: int, text: str, attachments: list,
               random_id: int, date: int | None) -> dict[str, Any]:
        cmid = self._cmids.get(peer, 0) + 1
        self._cmids[peer] = cmid
        message = {
            "id": next(self._ids),
            "date": self._now() if date is None else int(date),
            "peer_id": peer,
            "from_id": from_id,
            "out": out,
            "text": text,
            "conversation_message_id": cmid,
            "attachments": copy.deepcopy(attachments),
            "fwd_messages": [],
            "important": False,
            "is_hidden": False,
            "random_id": random_id,
            "version": cmid,
        }
        self._messages.append(message)
        self._cond.notify_all()
        return message

    def _queue(self, update: dict[str, Any], raw: bool = False) -> int:
        if not raw:
            update = {"group_id": self.group_id, "type": update["type"],
                      "event_id": hashlib.sha1(f"{self._ts}:{secrets.token_hex(8)}".encode())
                      .hexdigest(),
                      "v": API_VERSION, "object": update["object"]}
        ts = self._ts
        self._updates.append((ts, update))
        self._ts += 1
        self._cond.notify_all()
        return ts

    def _user_object(self, user_id: int, fields: set[str]) -> dict[str, Any]:
        user = self.users[user_id]
        result = {"id": user_id, "first_name": user["first_name"],
                  "last_name": user["last_name"], "can_access_closed": True, "is_closed": False}
        if "city" in fields and "city" in user:
            result["city"] = dict(user["city"])
        if "photo_100" in fields:
            result["photo_100"] = user["photo_100"]
        return result

    def _peer_messages(self, peer: int) -> list[dict[str, Any]]:
        return [m for m in self._messages if m["peer_id"] == peer]

    def _unread(self, peer: int) -> int:
        read = self._in_read.get(peer, 0)
        return sum(1 for m in self._peer_messages(peer) if not m["out"] and m["id"] > read)

    # -- HTTP --

    def _api(self, method: str, params: dict[str, str]) -> dict[str, Any]:
        with self._cond:
            self._requests.append(VkRequest(method, dict(params)))
            try:
                token = params.get("access_token")
                if not token:
                    raise _ApiError(5, "User authorization failed: no access_token passed.")
                if token != self.token:
                    raise _ApiError(5)
                if not params.get("v"):
                    raise _ApiError(8, "Invalid request: v is required")
                handler = self._METHODS.get(method)
                if handler is None:
                    raise _ApiError(3)
                failures = self._method_failures.get(method)
                if failures:
                    code, msg = failures.pop(0)
                    raise _ApiError(code, msg)
                return {"response": handler(self, params)}
            except _ApiError as error:
                request_params = [{"key": "method", "value": method},
                                  {"key": "oauth", "value": "1"}]
                request_params += [{"key": k, "value": v} for k, v in params.items()
                                   if k != "access_token"]
                return {"error": {"error_code": error.code, "error_msg": error.message,
                                  "request_params": request_params}}

    def _longpoll(self, params: dict[str, str]) -> dict[str, Any]:
        with self._cond:
            self._requests.append(VkRequest("longpoll", dict(params)))
            if params.get("act") != "a_check":
                return {"failed": 2}
            if params.get("key") != self._key or not self._key_valid:
                return {"failed": 2}
            try:
                since = int(params.get("ts", ""))
            except ValueError:
                return {"failed": 1, "ts": self._ts}
            try:
                wait = min(max(float(params.get("wait") or 0), 0.0), self.max_wait)
            except ValueError:
                wait = 0.0
            deadline = time.monotonic() + wait
            self._pollers += 1
            self._cond.notify_all()
            try:
                while (not self._stopping and not self._poll_failures
                       and not any(ts >= since for ts, _ in self._updates)):
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        break
                    self._cond.wait(remaining)
            finally:
                self._pollers -= 1
            if self._poll_failures:
                code, new_ts = self._poll_failures.pop(0)
                if code == 1:
                    return {"failed": 1, "ts": self._ts if new_ts is None else int(new_ts)}
                self._key_valid = False
                if code == 3:
                    self._updates.clear()
                    self._ts += 100
                return {"failed": code}
            return {"ts": str(self._ts),
                    "updates": [copy.deepcopy(u) for ts, u in self._updates if ts >= since]}

    # -- API methods (lock held) --

    def _groups_get_by_id(self, params: dict[str, str]) -> Any:
        photo = f"https://sun9-1.userapi.com/fake/club{self.group_id}"
        return {"groups": [{"id": self.group_id, "name": self.group_name,
                            "screen_name": self.screen_name, "is_closed": 0, "type": "group",
                            "photo_50": f"{photo}_50.jpg", "photo_100": f"{photo}_100.jpg",
                            "photo_200": f"{photo}_200.jpg"}],
                "profiles": []}

    def _groups_get_long_poll_server(self, params: dict[str, str]) -> Any:
        group_id = _int(params, "group_id")
        if group_id is None:
            raise _invalid("group_id is undefined")
        if abs(group_id) != self.group_id:
            raise _ApiError(15, "Access denied: no access to call this method")
        if not self._key_valid:
            self._key = secrets.token_hex(20)
            self._key_valid = True
        return {"key": self._key, "server": self.longpoll_url, "ts": str(self._ts)}

    def _users_get(self, params: dict[str, str]) -> Any:
        fields = {f.strip() for f in params.get("fields", "").split(",") if f.strip()}
        result = []
        for raw in params.get("user_ids", "").split(","):
            raw = raw.strip()
            if raw.lstrip("-").isdigit() and int(raw) in self.users:
                result.append(self._user_object(int(raw), fields))
        return result

    def _messages_send(self, params: dict[str, str]) -> Any:
        peer = _int(params, "peer_id") or _int(params, "user_id")
        if not peer:
            raise _invalid("peer_id is undefined")
        random_id = _int(params, "random_id")
        if random_id is None:
            raise _invalid("random_id is a required parameter")
        text = params.get("message", "")
        attachment = params.get("attachment", "")
        if not text.strip() and not attachment.strip():
            raise _invalid("message is empty or invalid")
        if len(text) > 4096:
            raise _ApiError(914)
        if peer in self._denied:
            raise _ApiError(901)
        if random_id and (peer, random_id) in self._random_ids:
            return self._random_ids[(peer, random_id)]
        attachments = [_attachment_ref(ref) for ref in attachment.split(",") if ref.strip()]
        message = self._store(peer, -self.group_id, 1, text, attachments, random_id, None)
        if random_id:
            self._random_ids[(peer, random_id)] = message["id"]
        incoming = [m["id"] for m in self._peer_messages(peer) if not m["out"]]
        self._in_read[peer] = max(incoming, default=0)
        if self.reply_events:
            self._queue({"type": "message_reply", "object": copy.deepcopy(message)})
        if self._lost_send_responses:
            self._lost_send_responses -= 1
            raise _LoseResponse
        return message["id"]

    def _messages_get_conversations(self, params: dict[str, str]) -> Any:
        offset = max(_int(params, "offset", 0) or 0, 0)
        count = min(max(_int(params, "count", 20) or 0, 0), 200)
        kind = params.get("filter", "all") or "all"
        if kind not in ("all", "unread", "unanswered", "important"):
            raise _invalid("filter is invalid")
        last: dict[int, dict[str, Any]] = {}
        for message in self._messages:
            last[message["peer_id"]] = message
        items = []
        for peer, message in sorted(last.items(), key=lambda p: -p[1]["id"]):
            unread = self._unread(peer)
            if kind == "unread" and not unread:
                continue
            if kind == "unanswered" and message["out"]:
                continue
            if kind == "important":
                continue
            conversation = {
                "peer": {"id": peer, "type": "chat" if peer >= CHAT_START_ID else "user",
                         "local_id": peer - CHAT_START_ID if peer >= CHAT_START_ID else peer},
                "last_message_id": message["id"],
                "last_conversation_message_id": message["conversation_message_id"],
                "in_read": self._in_read.get(peer, 0),
                "out_read": self._out_read.get(peer, 0),
                "can_write": {"allowed": peer not in self._denied},
            }
            if unread:
                conversation["unread_count"] = unread
            items.append({"conversation": conversation,
                          "last_message": copy.deepcopy(message)})
        result: dict[str, Any] = {"count": len(items), "items": items[offset:offset + count]}
        if params.get("extended") == "1":
            result["profiles"] = self._profiles(result["items"],
                                                lambda i: i["conversation"]["peer"]["id"])
        return result

    def _messages_get_history(self, params: dict[str, str]) -> Any:
        peer = _int(params, "peer_id") or _int(params, "user_id")
        if not peer:
            raise _invalid("peer_id is undefined")
        count = min(max(_int(params, "count", 20) or 0, 0), 200)
        offset = _int(params, "offset", 0) or 0
        rev = _int(params, "rev", 0) == 1
        start = _int(params, "start_message_id", 0) or 0
        ordered = sorted(self._peer_messages(peer), key=lambda m: m["id"], reverse=not rev)
        if start > 0:
            if offset > 0:
                raise _invalid("offset must be <= 0 with start_message_id")
            if rev:
                index = next((i for i, m in enumerate(ordered) if m["id"] >= start),
                             len(ordered))
            else:
                index = next((i for i, m in enumerate(ordered) if m["id"] <= start),
                             len(ordered))
        elif start == -1:
            unread = self._unread(peer)
            index = len(ordered) - unread if rev else unread
        else:
            if offset < 0:
                raise _invalid("offset must be >= 0 without start_message_id")
            index = 0
        begin = index + offset
        window = ordered[max(begin, 0):max(begin + count, 0)]
        result: dict[str, Any] = {"count": len(ordered), "items": copy.deepcopy(window)}
        if params.get("extended") == "1":
            result["profiles"] = self._profiles(window, lambda m: m["from_id"])
        return result

    def _messages_get_by_id(self, params: dict[str, str]) -> Any:
        wanted = {int(x) for x in params.get("message_ids", "").split(",")
                  if x.strip().lstrip("-").isdigit()}
        items = [copy.deepcopy(m) for m in self._messages if m["id"] in wanted]
        return {"count": len(items), "items": items}

    def _messages_mark_as_read(self, params: dict[str, str]) -> Any:
        peer = _int(params, "peer_id")
        if not peer:
            raise _invalid("peer_id is undefined")
        incoming = [m["id"] for m in self._peer_messages(peer) if not m["out"]]
        self._in_read[peer] = max([self._in_read.get(peer, 0), *incoming])
        return 1

    def _profiles(self, items: list, peer_of: Callable[[Any], int]) -> list[dict[str, Any]]:
        ids = sorted({peer_of(i) for i in items if peer_of(i) in self.users})
        return [self._user_object(i, {"city", "photo_100"}) for i in ids]

    _METHODS: dict[str, Callable[[FakeVk, dict[str, str]], Any]] = {
        "groups.getById": _groups_get_by_id,
        "groups.getLongPollServer": _groups_get_long_poll_server,
        "users.get": _users_get,
        "messages.send": _messages_send,
        "messages.getConversations": _messages_get_conversations,
        "messages.getHistory": _messages_get_history,
        "messages.getById": _messages_get_by_id,
        "messages.markAsRead": _messages_mark_as_read,
    }


def _attachment_ref(ref: str) -> dict[str, Any]:
    """``photo-123_456`` / ``doc1_2_accesskey`` (messages.send) as a minimal attachment."""
    match = _ATTACHMENT_REF.match(ref.strip())
    if match is None:
        return {"type": "unknown", "unknown": {"ref": ref.strip()}}
    kind, owner, item, key = match.groups()
    body: dict[str, Any] = {"id": int(item), "owner_id": int(owner)}
    if key:
        body["access_key"] = key
    return {"type": kind, kind: body}


_ATTACHMENT_REF = re.compile(r"^([a-z_]+?)(-?\d+)_(\d+)(?:_(\w+))?$")


class _Server(ThreadingHTTPServer):
    daemon_threads = False  # so that server_close() joins every request thread
    block_on_close = True
    fake: FakeVk


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.0"  # one request per connection: no idle keep-alive threads
    timeout = 10

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _params(self) -> dict[str, str]:
        url = urlsplit(self.path)
        params = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if body:
            kind = self.headers.get("Content-Type", "")
            if "json" in kind:
                data = json.loads(body.decode("utf-8"))
                params.update({k: v if isinstance(v, str) else json.dumps(v)
                               for k, v in data.items()})
            else:
                params.update({k: v[-1] for k, v in
                               parse_qs(body.decode("utf-8"), keep_blank_values=True).items()})
        return params

    def _serve(self) -> None:
        fake = self.server.fake
        path = urlsplit(self.path).path
        try:
            params = self._params()
            if path.startswith("/method/"):
                answer = fake._api(path[len("/method/"):], params)
            elif path.rstrip("/") == "/longpoll":
                answer = fake._longpoll(params)
            else:
                self._send(404, {"error": "not found"})
                return
        except _LoseResponse:
            self.close_connection = True
            return
        except Exception as error:  # a bug in the fake: answer like VK would, and keep it
            fake.server_errors.append(f"{path}: {error!r}")
            answer = {"error": {"error_code": 10, "error_msg": f"Internal server error: {error!r}",
                                "request_params": []}}
        self._send(200, answer)

    def _send(self, status: int, answer: dict[str, Any]) -> None:
        body = json.dumps(answer, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class LoopbackAdapter(HTTPAdapter):
    """Sends ``https://api.vk.ru/...`` (and api.vk.com) to ``base`` + the same path."""

    def __init__(self, base: str) -> None:
        super().__init__()
        self.base = base

    def send(self, request, *args, **kwargs):
        for prefix in VK_API_PREFIXES:
            if request.url.startswith(prefix):
                request.url = self.base + request.url[len(prefix):]
                break
        return super().send(request, *args, **kwargs)


# -- attachments --


def _price_text(kopecks: int) -> str:
    rubles, rest = divmod(int(kopecks), 100)
    text = f"{rubles:,}".replace(",", " ")
    if rest:
        text += f",{rest:02d}"
    return f"{text} ₽"


def market_attachment(owner_id: int = -123, item_id: int = 7,
                      title: str = "Дверь межкомнатная «Верона»",
                      price_kopecks: int = 1299000, *,
                      description: str = "Массив сосны, эмаль, 200×80 см. Фурнитура в комплекте.",
                      category: str = "Двери") -> dict[str, Any]:
    """A ``market`` attachment as a customer's "write to the seller" message carries it."""
    return {"type": "market", "market": {
        "id": item_id,
        "owner_id": owner_id,
        "title": title,
        "description": description,
        "price": {"amount": str(int(price_kopecks)),
                  "currency": {"id": 643, "name": "RUB", "title": "Российский рубль"},
                  "text": _price_text(price_kopecks)},
        "category": {"id": 404, "name": category,
                     "section": {"id": 4, "name": "Дом и дача"}},
        "thumb_photo": f"https://sun9-1.userapi.com/fake/market{owner_id}_{item_id}.jpg",
        "date": 1700000000,
        "availability": 0,
        "is_favorite": False,
        "sku": f"SKU-{item_id}",
    }}


def photo_attachment(owner_id: int = 555, photo_id: int = 457239017, *, text: str = "",
                     access_key: str = "a1b2c3d4e5f6") -> dict[str, Any]:
    """A ``photo`` attachment with VK's size ladder (s, m, x, y, z; the largest last)."""
    sizes = [("s", 75, 56), ("m", 130, 97), ("x", 604, 453), ("y", 807, 605), ("z", 1280, 960)]
    return {"type": "photo", "photo": {
        "id": photo_id,
        "album_id": -3,
        "owner_id": owner_id,
        "date": 1700000000,
        "text": text,
        "access_key": access_key,
        "sizes": [{"type": t, "width": w, "height": h,
                   "url": f"https://sun9-1.userapi.com/fake/{owner_id}_{photo_id}_{t}.jpg"}
                  for t, w, h in sizes],
    }}


def doc_attachment(owner_id: int = 555, doc_id: int = 669000001, *,
                   title: str = "Замеры проёма.pdf", ext: str = "pdf", size: int = 48213,
                   doc_type: int = 1, access_key: str = "f0e1d2c3b4a5") -> dict[str, Any]:
    """A ``doc`` attachment (``type`` 1 text, 2 archive, 3 gif, 4 image, ... 8 other)."""
    return {"type": "doc", "doc": {
        "id": doc_id,
        "owner_id": owner_id,
        "title": title,
        "size": size,
        "ext": ext,
        "date": 1700000000,
        "type": doc_type,
        "url": f"https://vk.com/doc{owner_id}_{doc_id}?hash=fake&dl=fake&api=1&no_preview=1",
        "access_key": access_key,
    }}


def corpus_attachment(corpora: Path, name: str) -> dict[str, Any]:
    """``vk/kutana/attachments/attachment_<name>.json`` (e.g. ``image_photo``,
    ``doc_doc``, ``voice_audio_message``) from the ``shared_corpora`` folder."""
    path = Path(corpora) / "vk" / "kutana" / "attachments" / f"attachment_{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def corpus_attachments(corpora: Path) -> dict[str, dict[str, Any]]:
    """Every corpus attachment by name (``image_photo``, ``sticker_sticker``, ...)."""
    folder = Path(corpora) / "vk" / "kutana" / "attachments"
    return {p.stem.removeprefix("attachment_"): json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(folder.glob("attachment_*.json"))}


def corpus_event(corpora: Path, relative: str) -> dict[str, Any]:
    """A corpus update, e.g. ``kutana/events/nice_update__not_message.json`` or
    ``vkbottle/wall_post_new__EXAMPLE_EVENT_1.json``."""
    return json.loads((Path(corpora) / "vk" / relative).read_text(encoding="utf-8"))

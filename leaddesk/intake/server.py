"""``leaddesk serve-intake``: the HTTP service that web forms post to and the chat widget
talks to, writing into the same database as the desks.

Routes (JSON unless said otherwise; see ``leaddesk/intake/static/widget.js``):

* ``GET /widget.js`` the chat widget; ``GET /health``; ``GET /thanks`` a thank-you page;
* ``GET /chat/{key}/status`` whether anyone is on duty, the chat's words;
* ``POST /chat/{key}/messages`` a visitor's message (the first one makes the visitor's
  token); ``GET /chat/{key}/messages?visitor=&after=&wait=`` the conversation after a
  message, waiting up to ``wait`` seconds for an answer (long polling);
* ``POST /chat/{key}/contact`` name, phone, email; ``POST /chat/{key}/offline`` the
  contact form shown when nobody is on duty;
* ``POST /f/{key}`` a web form (urlencoded, multipart or JSON).

Browsers may call only from the origins set on the channel (CORS); every address has a
rate limit; bodies have size limits; a form's honeypot catches bots. Database work runs
in a thread pool; the outbox of the chat channels is delivered every few tenths of a
second, so an operator's answer reaches the visitor's page within a second or so. Of
several intake services on one database only the one holding the chat delivery lease
(``CHAT_DELIVERY_LEASE``) delivers; the others take over when it goes away.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiohttp import web

from leaddesk.domain.webchat import MAX_CHAT_TEXT, storable
from leaddesk.domain.webforms import check_submission
from leaddesk.intake import pages
from leaddesk.intake.guards import (
    CHAT_BODY_LIMIT,
    FORM_BODY_LIMIT,
    RateLimiter,
    cors_headers,
    read_body,
    refusal,
    too_many,
)
from leaddesk.intake.posts import parse_form_post
from leaddesk.services import web_intake
from leaddesk.services.context import DeskContext
from leaddesk.services.outbox import deliver_due
from leaddesk.services.ports import CHAT_DELIVERY_LEASE, ChannelLease
from leaddesk.services.web_delivery import ChatDelivery
from leaddesk.services.web_intake import Site, UnknownVisitor

log = logging.getLogger(__name__)
STATIC = Path(__file__).with_name("static")
POLL_STEP = 0.25  # seconds between looks at the database while a poll waits
DELIVERY_STEP = 0.3  # seconds between outbox passes for the chat channels
LEASE_STEP = 5.0  # seconds between tries for the delivery lease, and checks that it holds
MAX_WAIT = 25
CORS_ORIGIN = web.RequestKey("cors_origin", str)  # set once the page's site is allowed


class IntakeService:
    """The routes with the desk's services behind them."""

    def __init__(self, context: DeskContext, *, form_limit: int = 5,
                 chat_limit: int = 30, now: Callable[[], datetime] | None = None) -> None:
        self.context = context
        self.pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="intake-db")
        self.forms = RateLimiter(form_limit, 60)
        self.chat = RateLimiter(chat_limit, 60)
        self.reads = RateLimiter(600, 60)
        self.now = now or (lambda: datetime.now(UTC))
        self._delivery = ChatDelivery(context.reader)

    async def call(self, fn, *args, **kwargs):
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.pool, lambda: fn(*args, **kwargs))

    # the chat
    async def _chat_site(self, request: web.Request) -> Site | web.Response:
        site = await self.call(web_intake.find_chat, self.context.reader,
                               request.match_info["key"])
        if site is None:
            return refusal(404, "unknown_chat", "There is no such chat.")
        return self._origin_refusal(request, site) or site

    def _origin_refusal(self, request: web.Request, site: Site) -> web.Response | None:
        """A 403 for a page from a site the channel does not list; an allowed page's
        responses (refusals too, so the page can tell its visitor why) carry CORS."""
        origin = request.headers.get("Origin")
        if origin is None:
            return None
        if site.settings.allows(origin):
            request[CORS_ORIGIN] = origin
            return None
        return refusal(403, "origin_not_allowed",
                       f"Pages from {origin} may not use this channel: add the site to the "
                       "channel's allowed sites in LeadDesk.")

    async def preflight(self, request: web.Request) -> web.Response:
        key = request.match_info["key"]
        if request.path.startswith("/f/"):
            found = await self.call(web_intake.find_form, self.context.reader, key)
            site = found[1] if found else None
        else:
            site = await self.call(web_intake.find_chat, self.context.reader, key)
        if site is None:
            return refusal(404, "unknown_channel", "There is no such form or chat.")
        return self._origin_refusal(request, site) or web.Response(status=204)

    async def chat_status(self, request: web.Request) -> web.Response:
        checked = await self._chat_request(request, self.reads, with_body=False)
        if isinstance(checked, web.Response):
            return checked
        site, _data = checked
        online = await self.call(web_intake.chat_online, self.context.reader, site, self.now())
        return web.json_response({"online": online, "title": site.settings.title,
                                  "greeting": site.settings.greeting,
                                  "offline_text": site.settings.offline_text})

    async def _json(self, request: web.Request) -> dict[str, Any] | web.Response:
        body = await read_body(request, CHAT_BODY_LIMIT)
        if isinstance(body, web.Response):
            return body
        try:
            data = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return refusal(400, "bad_json", "The request is not JSON in UTF-8.")
        if not isinstance(data, dict):
            return refusal(400, "bad_json", "The request must be a JSON object.")
        return data

    async def _chat_request(self, request: web.Request, limiter: RateLimiter,
                            with_body: bool = True) -> tuple[Site, dict] | web.Response:
        """The chat, checked for the page's origin and the address's rate, with the JSON
        body; or the refusal."""
        site = await self._chat_site(request)
        if isinstance(site, web.Response):
            return site
        if wait := limiter.retry_after(request.remote or ""):
            return too_many(wait)
        if not with_body:
            return site, {}
        data = await self._json(request)
        if isinstance(data, web.Response):
            return data
        return site, data

    async def post_message(self, request: web.Request) -> web.Response:
        checked = await self._chat_request(request, self.chat)
        if isinstance(checked, web.Response):
            return checked
        site, data = checked
        text, token = _text(data.get("text")), data.get("visitor")
        if not text.strip():
            return refusal(422, "missing", "The message is empty.", fields=["text"])
        if len(text) > MAX_CHAT_TEXT:
            return refusal(413, "too_large",
                           f"A message may have at most {MAX_CHAT_TEXT} characters.")
        if token is not None and not isinstance(token, str):
            return refusal(400, "bad_visitor", "The visitor token must be text.")
        try:
            token, message_id = await self.call(
                web_intake.post_chat_message, self.context.uow_factory, site, token, text,
                _text(data.get("page")), _text(data.get("referrer")), self.now())
        except UnknownVisitor:
            return _unknown_visitor()
        return web.json_response({"visitor": token, "message": {
            "id": message_id, "from": "visitor", "text": text,
            "at": self.now().isoformat(), "author": ""}}, status=201)

    async def get_messages(self, request: web.Request) -> web.Response:
        checked = await self._chat_request(request, self.reads, with_body=False)
        if isinstance(checked, web.Response):
            return checked
        site, _data = checked
        token = request.query.get("visitor", "")
        try:
            after = int(request.query.get("after", "0"))
            wait_for = min(MAX_WAIT, max(0.0, float(request.query.get("wait", "0"))))
        except ValueError:
            return refusal(400, "bad_query", "after and wait must be numbers.")
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait_for
        while True:
            try:
                lines = await self.call(web_intake.chat_lines, self.context.reader, site,
                                        token, after)
            except UnknownVisitor:
                return _unknown_visitor()
            if lines or loop.time() >= deadline:
                break
            await asyncio.sleep(POLL_STEP)
        online = await self.call(web_intake.chat_online, self.context.reader, site, self.now())
        return web.json_response({"online": online, "messages": [
            {"id": line.id, "from": "operator" if line.from_operator else "visitor",
             "text": line.text, "at": line.at, "author": line.author} for line in lines]})

    async def post_contact(self, request: web.Request) -> web.Response:
        checked = await self._chat_request(request, self.forms)
        if isinstance(checked, web.Response):
            return checked
        site, data = checked
        try:
            await self.call(web_intake.leave_contacts, self.context.uow_factory, site,
                            _text(data.get("visitor")), _text(data.get("name"))[:300],
                            _text(data.get("phone"))[:100], _text(data.get("email"))[:320],
                            self.now())
        except UnknownVisitor:
            return _unknown_visitor()
        return web.json_response({"ok": True})

    async def post_offline(self, request: web.Request) -> web.Response:
        checked = await self._chat_request(request, self.forms)
        if isinstance(checked, web.Response):
            return checked
        site, data = checked
        name, phone = _text(data.get("name"))[:300], _text(data.get("phone"))[:100]
        email, text = _text(data.get("email"))[:320], _text(data.get("text"))
        missing = web_intake.offline_problems(name, phone, email, text)
        if missing:
            return refusal(422, "missing", "Write a message and a phone or an email.",
                           fields=missing)
        if len(text) > MAX_CHAT_TEXT:
            return refusal(413, "too_large",
                           f"A message may have at most {MAX_CHAT_TEXT} characters.")
        await self.call(web_intake.leave_offline_request, self.context.uow_factory, site,
                        name, phone, email, text, _text(data.get("page")), self.now())
        return web.json_response({"ok": True}, status=201)

    # web forms
    async def post_form(self, request: web.Request) -> web.Response:
        found = await self.call(web_intake.find_form, self.context.reader,
                                request.match_info["key"])
        if found is None:
            return refusal(404, "unknown_form", "There is no such form.")
        spec, site = found
        refused = self._origin_refusal(request, site)
        if refused is not None:
            return refused
        if wait := self.forms.retry_after(request.remote or ""):
            return too_many(wait)
        posted = await parse_form_post(request, FORM_BODY_LIMIT)
        if isinstance(posted, web.Response):
            return posted
        wants_json = "application/json" in request.headers.get("Accept", "") \
            or request.content_type == "application/json"
        submission = check_submission(spec, posted)
        if submission.bot:
            return refusal(400, "rejected", "The form was filled by a robot.")
        if submission.missing:
            labels = [spec.field(name).label for name in submission.missing]
            if wants_json:
                return refusal(422, "missing", "Fill in: " + ", ".join(labels),
                               fields=list(submission.missing))
            return pages.missing_fields(labels, request.headers.get("Referer", ""))
        await self.call(web_intake.submit_form, self.context.uow_factory, spec, site,
                        submission, self.now())
        if wants_json:
            return web.json_response({"ok": True}, status=201)
        target = spec.thank_you_url or "/thanks"
        raise web.HTTPSeeOther(target)

    # the rest
    async def widget(self, request: web.Request) -> web.StreamResponse:
        path = STATIC / "widget.js"
        if not path.exists():
            return refusal(404, "no_widget", "The chat widget is not installed.")
        return web.FileResponse(path, headers={
            "Content-Type": "application/javascript; charset=utf-8",
            "Cache-Control": "public, max-age=300"})

    async def health(self, request: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    async def thanks(self, request: web.Request) -> web.Response:
        return pages.thanks(request.query.get("back", ""))

    async def deliver_forever(self) -> None:
        """Mark answers to chat leads delivered, a few times a second, while this service
        holds the chat delivery lease (another intake service may hold it)."""
        lease = await self.call(self.context.open_channel_lease, CHAT_DELIVERY_LEASE)
        gate = _DeliveryGate(lease)
        try:
            while True:
                try:
                    if await self.call(gate.may_deliver):
                        await self.call(deliver_due, self.context.uow_factory,
                                        self._delivery)
                except Exception:  # a database hiccup: try again on the next pass
                    log.exception("delivering chat answers failed")
                await asyncio.sleep(DELIVERY_STEP)
        finally:
            with contextlib.suppress(Exception):
                lease.release()


class _DeliveryGate:
    """Whether this intake service delivers the chat's answers now: it holds the lease.
    The database is asked at most every ``LEASE_STEP`` seconds."""

    def __init__(self, lease: ChannelLease) -> None:
        self._lease = lease
        self._held = False
        self._asked: float | None = None
        self._told: str | None = None

    def may_deliver(self) -> bool:
        now = time.monotonic()
        if self._asked is not None and now - self._asked < LEASE_STEP:
            return self._held
        self._asked = now
        try:
            if self._held:
                self._held = self._lease.still_held()
                if not self._held:
                    log.warning("the chat delivery lease was lost; trying to take it again")
            if not self._held:
                self._held = self._lease.try_acquire()
        except Exception:
            self._held = False
            raise
        if self._held and self._told != "":
            if self._told is not None:
                log.warning("this intake service delivers the chat answers now")
            self._told = ""
        elif not self._held:
            holder = self._lease.holder() or "another intake service"
            if self._told != holder:
                log.warning("the chat answers are delivered by %s; this service waits to "
                            "take over", holder)
                self._told = holder
        return self._held


def _text(value: Any) -> str:
    return storable(value) if isinstance(value, str) else ""


def _unknown_visitor() -> web.Response:
    return refusal(404, "unknown_visitor", "This conversation is not known here any more.")


@web.middleware
async def _cors(request: web.Request, handler) -> web.StreamResponse:
    """CORS headers for a page from a site the channel allows, on every answer (a refusal
    too: the widget tells its visitor why); none for anyone else."""
    try:
        response = await handler(request)
    except web.HTTPException as error:
        if CORS_ORIGIN in request:
            error.headers.update(cors_headers(request[CORS_ORIGIN]))
        raise
    if CORS_ORIGIN in request:
        response.headers.update(cors_headers(request[CORS_ORIGIN]))
    return response


def make_app(service: IntakeService) -> web.Application:
    app = web.Application(middlewares=[_cors], client_max_size=FORM_BODY_LIMIT)
    app.add_routes([
        web.get("/health", service.health),
        web.get("/widget.js", service.widget),
        web.get("/thanks", service.thanks),
        web.get("/chat/{key}/status", service.chat_status),
        web.post("/chat/{key}/messages", service.post_message),
        web.get("/chat/{key}/messages", service.get_messages),
        web.post("/chat/{key}/contact", service.post_contact),
        web.post("/chat/{key}/offline", service.post_offline),
        web.post("/f/{key}", service.post_form),
        web.options("/chat/{key}/{rest:.*}", service.preflight),
        web.options("/f/{key}", service.preflight),
    ])

    async def background(app: web.Application):
        task = asyncio.create_task(service.deliver_forever())
        yield
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        service.pool.shutdown(wait=False, cancel_futures=True)

    app.cleanup_ctx.append(background)
    return app


def serve(context: DeskContext, host: str, port: int,
          ready: Callable[[str], None] = print) -> None:
    """Run until interrupted."""
    service = IntakeService(context)
    app = make_app(service)

    async def announce(_app: web.Application) -> None:
        ready(f"intake service listening on http://{host}:{port} "
              f"({context.database_label}); Ctrl+C stops it")

    app.on_startup.append(announce)
    # open long polls end within a couple of seconds of a stop, not after their 25 s
    web.run_app(app, host=host, port=port, print=None, handle_signals=True,
                access_log=None, shutdown_timeout=2)

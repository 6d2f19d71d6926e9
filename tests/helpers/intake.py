"""The intake service in a test: the real aiohttp app on 127.0.0.1, in a thread."""

from __future__ import annotations

import asyncio
import json
import threading
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass

from aiohttp import web

from leaddesk.intake.server import IntakeService, make_app
from tests.helpers.dovecot import free_port


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self):
        return json.loads(self.body.decode("utf-8"))


class IntakeClient:
    def __init__(self, base: str) -> None:
        self.base = base

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None, timeout: float = 30) -> Reply:
        req = urllib.request.Request(self.base + path, data=body, method=method,
                                     headers=headers or {})
        opener = urllib.request.build_opener(_NoRedirect())
        try:
            with opener.open(req, timeout=timeout) as response:
                return Reply(response.status, dict(response.headers), response.read())
        except urllib.error.HTTPError as error:
            return Reply(error.code, dict(error.headers), error.read())

    def post_json(self, path: str, data, origin: str | None = None, **kw) -> Reply:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if origin:
            headers["Origin"] = origin
        return self.request("POST", path, json.dumps(data).encode(), headers, **kw)

    def get(self, path: str, origin: str | None = None, **kw) -> Reply:
        return self.request("GET", path, None, {"Origin": origin} if origin else {}, **kw)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@contextmanager
def running_intake(context, **options):
    """Serve ``context`` on a free port until the block ends; yields an IntakeClient."""
    port = free_port()
    started = threading.Event()
    loop = asyncio.new_event_loop()
    service = IntakeService(context, **options)
    runner = web.AppRunner(make_app(service), access_log=None)

    def run() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(runner.setup())
        loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", port).start())
        started.set()
        loop.run_forever()
        loop.run_until_complete(runner.cleanup())
        loop.close()

    thread = threading.Thread(target=run, name="intake-test", daemon=True)
    thread.start()
    assert started.wait(10), "the intake service did not start"
    try:
        yield IntakeClient(f"http://127.0.0.1:{port}")
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)

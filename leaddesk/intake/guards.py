"""What the intake service checks before it reads a request: rate, size, origin.

Every refusal is a JSON body ``{"error": code, "message": words}`` with the status a
browser and a site owner's developer understand.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from aiohttp import web

FORM_BODY_LIMIT = 64 * 1024  # bytes of a form post
CHAT_BODY_LIMIT = 32 * 1024  # bytes of a chat request: 4000 emoji and the page's address


def refusal(status: int, code: str, message: str, **extra) -> web.Response:
    response = web.json_response({"error": code, "message": message, **extra}, status=status)
    return response


class RateLimiter:
    """At most ``limit`` requests per ``window`` seconds per remote address and kind."""

    def __init__(self, limit: int, window: float,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._seen: dict[str, deque[float]] = {}

    def retry_after(self, address: str) -> int:
        """0 when the request may go on (and it is counted), else seconds to wait."""
        now = self._clock()
        seen = self._seen.setdefault(address, deque())
        while seen and seen[0] <= now - self.window:
            seen.popleft()
        if len(seen) >= self.limit:
            return max(1, int(seen[0] + self.window - now) + 1)
        seen.append(now)
        if len(self._seen) > 10_000:  # forget quiet addresses
            for key in [k for k, v in self._seen.items() if not v]:
                del self._seen[key]
        return 0


def too_many(seconds: int) -> web.Response:
    response = refusal(429, "rate_limited",
                       f"Too many requests from this address; try again in {seconds} s.")
    response.headers["Retry-After"] = str(seconds)
    return response


def cors_headers(origin: str) -> dict[str, str]:
    return {"Access-Control-Allow-Origin": origin, "Vary": "Origin",
            "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
            "Access-Control-Allow-Headers": "Content-Type, Accept",
            "Access-Control-Expose-Headers": "Retry-After",
            "Access-Control-Max-Age": "600"}


async def read_body(request: web.Request, limit: int) -> bytes | web.Response:
    """The body, or a 413 refusal when it is longer than ``limit`` bytes."""
    if request.content_length is not None and request.content_length > limit:
        return refusal(413, "too_large", f"The request is larger than {limit // 1024} KiB.")
    body = await request.content.read(limit + 1)
    if len(body) > limit:
        return refusal(413, "too_large", f"The request is larger than {limit // 1024} KiB.")
    return body

"""A customer's website for the browser tests: a tiny HTTP server on 127.0.0.1 whose
pages embed the chat widget and a generated web form. Its port differs from the intake
service's, so its pages are another origin, as on a real site.

Every request it gets is recorded: a page that fetched ``/x`` (``<img src=x>``) or anything
else it never linked to has run something it should not have.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

# Rules a careless site might have: the widget (shadow DOM) must not be bothered by them.
HOSTILE_CSS = """
body { font: 18px/1.6 Georgia, serif; margin: 2em; }
div, p, span { letter-spacing: .3em; }
button { background: #c00 !important; font-size: 30px !important; border-radius: 0; }
textarea, input { color: #fff; background: #000; }
"""

PAGE = """<!doctype html>
<html lang="ru">
<head><meta charset="utf-8"><title>{title}</title><style>{css}</style></head>
<body>
<h1>{title}</h1>
<p>Кухни на заказ. Позвоните нам или напишите в чат.</p>
{body}
</body>
</html>
"""

THANKS = PAGE.format(title="Спасибо", css="", body="<p id=thanks>Заявка принята.</p>")


class SiteServer:
    """A website on ``http://127.0.0.1:PORT``: ``pages`` maps a path to its body HTML.

    Attributes:
        origin: ``http://127.0.0.1:PORT`` (what the chat channel allows).
        other_origin: ``http://localhost:PORT``, the same pages from an origin nobody
            allowed.
        requests: (method, path with query) of every request, in order.
    """

    def __init__(self) -> None:
        self.pages: dict[str, str] = {}
        self.requests: list[tuple[str, str]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.requests.append(("GET", self.path))
                path = urlsplit(self.path).path
                if path == "/thanks.html":
                    self._answer(200, THANKS)
                elif path in site.pages:
                    self._answer(200, PAGE.format(title="Кухни «Уют»", css=HOSTILE_CSS,
                                                  body=site.pages[path]))
                else:
                    self._answer(404, "<!doctype html><title>404</title>not here")

            def do_POST(self) -> None:
                site.requests.append(("POST", self.path))
                self._answer(405, "")

            def _answer(self, status: int, text: str) -> None:
                data = text.encode()
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format, *args) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self.origin = f"http://127.0.0.1:{self.port}"
        self.other_origin = f"http://localhost:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True,
                                        name="test-site")

    def start(self) -> SiteServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def url(self, path: str, *, other_origin: bool = False) -> str:
        return (self.other_origin if other_origin else self.origin) + path

    def unexpected_requests(self, allowed: set[str]) -> list[tuple[str, str]]:
        """Requests for paths other than ``allowed`` (and the browser's favicon)."""
        known = allowed | {"/favicon.ico"}
        return [(m, p) for m, p in self.requests if urlsplit(p).path not in known]


def chat_page(widget_tag: str, extra: str = "") -> str:
    """A page's body with the chat widget's tag (and ``extra`` HTML before it)."""
    return f"{extra}\n{widget_tag}\n"

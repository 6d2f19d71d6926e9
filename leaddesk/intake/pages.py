"""The few HTML pages the intake service shows a visitor whose browser posted a form
without script: thanks, and what is missing. Everything from the request is escaped."""

from __future__ import annotations

import html

from aiohttp import web

_PAGE = """<!doctype html><html lang="ru"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:34em;margin:4em auto;padding:0 1em;
color:#222}}a{{color:#1565c0}}</style></head><body><h1>{title}</h1>{body}</body></html>"""


def _back(url: str) -> str:
    if not url.startswith(("http://", "https://")):
        return ""
    return f'<p><a href="{html.escape(url)}">Вернуться на сайт</a></p>'


def thanks(back: str) -> web.Response:
    return web.Response(text=_PAGE.format(
        title="Спасибо! Заявка принята",
        body="<p>Мы свяжемся с вами в ближайшее время.</p>" + _back(back)),
        content_type="text/html")


def missing_fields(labels: list[str], back: str) -> web.Response:
    items = "".join(f"<li>{html.escape(label)}</li>" for label in labels)
    return web.Response(status=422, content_type="text/html", text=_PAGE.format(
        title="Заполните, пожалуйста, все поля",
        body=f"<p>Не заполнено:</p><ul>{items}</ul>" + _back(back)))

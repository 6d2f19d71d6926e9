"""Web forms: what a form asks, how a post is checked, and the HTML a site owner pastes.

A form belongs to a web-form channel and has a public ``key`` (its address is
``/f/KEY`` on the intake service). Its fields are picked from ``STANDARD_FIELDS`` or
added by name; each can be required or hidden (a hidden field carries a fixed value, such
as the landing page's name). A honeypot input that people never see catches bots.
"""

from __future__ import annotations

import html
import re
import secrets
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import SplitResult, parse_qs, urlsplit

from leaddesk.domain.webchat import storable

HONEYPOT = "company_site"  # a field humans never fill: a bot that does is refused
TRACKING = ("utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term", "page",
            "referrer")
MAX_VALUE = 10_000  # characters of one field
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


class FieldKind(StrEnum):
    TEXT = "text"
    EMAIL = "email"
    PHONE = "phone"
    TEXTAREA = "textarea"


@dataclass(frozen=True, slots=True)
class FormField:
    """One input of a form. ``name`` is what the post carries; ``value`` is the fixed
    value of a hidden field."""

    name: str
    label: str
    kind: FieldKind = FieldKind.TEXT
    required: bool = False
    hidden: bool = False
    value: str = ""


STANDARD_FIELDS = (
    FormField("name", "Имя"),
    FormField("phone", "Телефон", FieldKind.PHONE),
    FormField("email", "Эл. почта", FieldKind.EMAIL),
    FormField("message", "Сообщение", FieldKind.TEXTAREA),
    FormField("company", "Компания"),
    FormField("city", "Город"),
    FormField("product", "Товар или услуга"),
)


@dataclass(frozen=True)
class FormSpec:
    """A web form as the generator made it."""

    key: str
    channel_id: int
    title: str
    fields: tuple[FormField, ...]
    source: str = ""  # the lead's source; empty: taken from the UTM fields or the page
    thank_you_url: str = ""
    button: str = "Отправить"
    id: int | None = None
    active: bool = True

    def field(self, name: str) -> FormField | None:
        return next((f for f in self.fields if f.name == name), None)


def new_key() -> str:
    """A public form or chat key: unguessable, safe in a URL."""
    return secrets.token_urlsafe(12)


def field_problems(fields: tuple[FormField, ...]) -> list[str]:
    """Codes of what is wrong with a form's fields (the generator refuses to save)."""
    problems = []
    names = [f.name for f in fields]
    if not fields:
        problems.append("no_fields")
    for f in fields:
        if not _NAME.match(f.name) or f.name in (HONEYPOT, *TRACKING):
            problems.append(f"bad_name:{f.name}")
        if f.hidden and f.required:
            problems.append(f"hidden_required:{f.name}")
    if len(set(names)) != len(names):
        problems.append("duplicate_name")
    if not any(not f.hidden for f in fields):
        problems.append("nothing_visible")
    return problems


@dataclass(frozen=True)
class Submission:
    """A checked post: the values of the form's fields, what tracked the visit, and the
    names of required fields that came empty."""

    values: dict[str, str]
    tracking: dict[str, str]
    missing: tuple[str, ...]
    bot: bool


def check_submission(spec: FormSpec, posted: dict[str, str]) -> Submission:
    """Read a post against the form: hidden fields keep the form's value whatever was
    posted, values are cut to ``MAX_VALUE`` characters, required ones must not be blank."""
    values: dict[str, str] = {}
    for f in spec.fields:
        raw = f.value if f.hidden else posted.get(f.name, "")
        values[f.name] = storable(str(raw))[:MAX_VALUE]
    tracking = {name: storable(str(posted[name]))[:2000] for name in TRACKING
                if posted.get(name)}
    missing = tuple(f.name for f in spec.fields
                    if f.required and not values.get(f.name, "").strip())
    return Submission(values, tracking, missing, bot=bool(posted.get(HONEYPOT, "")))


def lead_source(spec: FormSpec, tracking: dict[str, str]) -> str:
    """The form's own source, else what ``campaign_source`` finds."""
    return spec.source.strip()[:200] or campaign_source(tracking)


def campaign_source(tracking: dict[str, str]) -> str:
    """``utm:yandex/kitchen`` from the campaign fields, else ``site:/path`` of the page."""
    if tracking.get("utm_source"):
        campaign = tracking.get("utm_campaign", "")
        return (f"utm:{tracking['utm_source']}" + (f"/{campaign}" if campaign else ""))[:200]
    parts = _split(tracking.get("page", ""))
    path = parts.path if parts is not None and parts.scheme in ("http", "https") else ""
    return f"site:{path or '/'}"[:200]


def page_tracking(page: str) -> dict[str, str]:
    """The campaign fields of a page's address, as a form's script would post them."""
    parts = _split(page)
    query = parse_qs(parts.query) if parts is not None else {}
    found = {name: query[name][0] for name in TRACKING if name.startswith("utm_")
             and query.get(name)}
    return {**found, "page": page}


def _split(address: str) -> SplitResult | None:
    try:
        return urlsplit(address)
    except ValueError:  # not an address at all
        return None


def form_snippet(spec: FormSpec, service_url: str) -> str:
    """The HTML a site owner pastes: the form, its honeypot, hidden fields, and a few
    lines of script that fill the campaign fields from the page's address."""
    base = service_url.rstrip("/")
    esc = html.escape
    lines = [f'<form class="leaddesk-form" action="{esc(base)}/f/{esc(spec.key)}" '
             'method="post" accept-charset="UTF-8">']
    if spec.title:
        lines.append(f"  <h3>{esc(spec.title)}</h3>")
    for f in spec.fields:
        if f.hidden:
            lines.append(f'  <input type="hidden" name="{esc(f.name)}" value="{esc(f.value)}">')
            continue
        required = " required" if f.required else ""
        label = esc(f.label) + (" *" if f.required else "")
        lines.append(f"  <label>{label}<br>")
        if f.kind is FieldKind.TEXTAREA:
            lines.append(f'    <textarea name="{esc(f.name)}" rows="4"{required}></textarea>')
        else:
            kind = {"email": "email", "phone": "tel"}.get(f.kind.value, "text")
            lines.append(f'    <input type="{kind}" name="{esc(f.name)}"{required}>')
        lines.append("  </label><br>")
    lines.append(f'  <div style="position:absolute;left:-10000px" aria-hidden="true">'
                 f'<input type="text" name="{HONEYPOT}" tabindex="-1" autocomplete="off">'
                 "</div>")
    for name in TRACKING:
        lines.append(f'  <input type="hidden" name="{name}">')
    lines.append(f'  <button type="submit">{esc(spec.button)}</button>')
    lines.append("</form>")
    lines.append("<script>(function(f){var q=new URLSearchParams(location.search);"
                 "['utm_source','utm_medium','utm_campaign','utm_content','utm_term']"
                 ".forEach(function(n){if(q.get(n))f.elements[n].value=q.get(n);});"
                 "f.elements.page.value=location.href;"
                 "f.elements.referrer.value=document.referrer;"
                 "})(document.currentScript.previousElementSibling);</script>")
    return "\n".join(lines)


def chat_snippet(chat_key: str, service_url: str) -> str:
    """The one tag that puts the chat widget on a site."""
    base = html.escape(service_url.rstrip("/"))
    return f'<script src="{base}/widget.js" data-chat="{html.escape(chat_key)}" async></script>'

"""Setting up the website channels: the chat's settings and the web forms' generator.

The intake service's public address (what sites reach, e.g. ``https://leads.shop.ru``)
is a company setting: the snippets a site owner pastes are made with it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import cast

from leaddesk.domain.codes import ChangeKind, ChannelKind, Entity
from leaddesk.domain.webchat import SiteSettings, normalize_origin
from leaddesk.domain.webforms import FormSpec, chat_snippet, field_problems, new_key
from leaddesk.services.ports import ChannelInfo, UnitOfWorkFactory
from leaddesk.services.web_ports import WebReads, WebStore

PUBLIC_URL_KEY = "intake.public_url"
DEFAULT_PUBLIC_URL = "http://127.0.0.1:8765"
DEFAULT_SLA = {ChannelKind.WEBCHAT: 120, ChannelKind.WEBFORM: 1800}


class WebSetupInvalid(ValueError):
    """Settings that cannot be saved; ``problems`` are codes ("name_taken", "bad_origin:X",
    "no_fields", "bad_name:X", "hidden_required:X", "duplicate_name", "nothing_visible",
    "not_a_web_channel")."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(", ".join(problems))


def public_url(reader: WebReads) -> str:
    """Where sites reach the intake service."""
    return (reader.setting(PUBLIC_URL_KEY) or {}).get("url") or DEFAULT_PUBLIC_URL


def set_public_url(uow_factory: UnitOfWorkFactory, url: str) -> str:
    normalized = normalize_origin(url)
    if normalized is None:
        raise WebSetupInvalid([f"bad_origin:{url}"])
    path = url.strip().split("://", 1)[1].partition("/")[2].rstrip("/")
    value = normalized + (f"/{path}" if path else "")
    with uow_factory() as uow:
        uow.store.put_setting(PUBLIC_URL_KEY, {"url": value})
        uow.changed(Entity.SETTINGS, 0, ChangeKind.UPDATED)
        uow.commit()
    return value


def _checked(settings: SiteSettings, origins: list[str]) -> SiteSettings:
    bad = [f"bad_origin:{o}" for o in origins if o.strip() and normalize_origin(o) is None]
    if bad:
        raise WebSetupInvalid(bad)
    clean = tuple(dict.fromkeys(o for o in (normalize_origin(x) for x in origins) if o))
    return replace(settings, origins=clean)


def create_site_channel(uow_factory: UnitOfWorkFactory, kind: ChannelKind, name: str,
                        origins: list[str], settings: SiteSettings | None = None) -> int:
    """A web chat (with a new public key) or a web-form channel. Returns its id."""
    if kind not in DEFAULT_SLA:
        raise WebSetupInvalid(["not_a_web_channel"])
    site = _checked(settings or SiteSettings(), origins)
    if kind is ChannelKind.WEBCHAT and not site.key:
        site = replace(site, key=new_key())
    with uow_factory() as uow:
        store = uow.store
        if store.channel_by_name(name.strip()) is not None:
            raise WebSetupInvalid(["name_taken"])
        channel = store.add_channel(kind, name.strip(), DEFAULT_SLA[kind])
        store.put_channel_settings(channel.id, site.to_settings(), True)
        uow.changed(Entity.CHANNEL, channel.id, ChangeKind.CREATED)
        uow.commit()
        return channel.id


def update_site_settings(uow_factory: UnitOfWorkFactory, channel_id: int,
                         settings: SiteSettings, origins: list[str]) -> SiteSettings:
    """Save a website channel's origins and texts (the chat keeps its key)."""
    site = _checked(settings, origins)
    with uow_factory() as uow:
        store = uow.store
        channel = store.channel_info(channel_id)
        if channel is None or channel.kind not in DEFAULT_SLA:
            raise WebSetupInvalid(["not_a_web_channel"])
        stored = store.channel_settings(channel_id)
        if channel.kind is ChannelKind.WEBCHAT:
            site = replace(site, key=SiteSettings.from_settings(stored).key or new_key())
        store.put_channel_settings(channel_id, {**stored, **site.to_settings()}, True)
        uow.changed(Entity.CHANNEL, channel_id, ChangeKind.UPDATED)
        uow.commit()
    return site


def site_channels(reader: WebReads) -> list[tuple[ChannelInfo, SiteSettings]]:
    """The web chat and web-form channels with their settings."""
    return [(channel, SiteSettings.from_settings(settings))
            for channel, settings in reader.site_channels()]


def save_form(uow_factory: UnitOfWorkFactory, spec: FormSpec,
              now: datetime | None = None) -> FormSpec:
    """Create (``spec.key`` empty) or change a web form. Returns it as saved."""
    problems = field_problems(spec.fields)
    if problems:
        raise WebSetupInvalid(problems)
    spec = spec if spec.key else replace(spec, key=new_key())
    with uow_factory() as uow:
        store = cast(WebStore, uow.store)
        channel = store.channel_info(spec.channel_id)
        if channel is None or channel.kind is not ChannelKind.WEBFORM:
            raise WebSetupInvalid(["not_a_web_channel"])
        form_id = store.save_web_form(spec, now or datetime.now(UTC))
        uow.changed(Entity.CHANNEL, spec.channel_id, ChangeKind.UPDATED)
        uow.commit()
    return replace(spec, id=form_id)


def forms(reader: WebReads, channel_id: int | None = None) -> list[FormSpec]:
    return reader.web_forms(channel_id)


def snippet_for_chat(reader: WebReads, settings: SiteSettings) -> str:
    return chat_snippet(settings.key, public_url(reader))

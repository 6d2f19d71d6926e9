"""The demo's website channels set up: the chat has its key and a local test site, the
form channel a "measuring visit" form, so Desk → Website and ``leaddesk serve-intake`` work
on the demo as they would on a real site. Only what is not set up yet is filled."""

from __future__ import annotations

from dataclasses import replace

from leaddesk.domain.codes import ChannelKind
from leaddesk.domain.webforms import STANDARD_FIELDS, FormField, FormSpec
from leaddesk.services import web_channels
from leaddesk.services.ports import UnitOfWorkFactory
from leaddesk.services.web_ports import WebReads

DEMO_SITES = ["http://localhost:8000", "http://127.0.0.1:8000"]


def add_demo_website(uow_factory: UnitOfWorkFactory, reader: WebReads) -> None:
    for channel, settings in web_channels.site_channels(reader):
        if settings.origins:
            continue  # set up by someone already
        web_channels.update_site_settings(uow_factory, channel.id, settings, DEMO_SITES)
        if channel.kind is ChannelKind.WEBFORM and not reader.web_forms(channel.id):
            fields = {f.name: f for f in STANDARD_FIELDS}
            web_channels.save_form(uow_factory, FormSpec(
                key="", channel_id=channel.id, title="Заявка на замер",
                fields=(fields["name"], replace(fields["phone"], required=True),
                        fields["city"], fields["message"],
                        FormField("landing", "Страница", hidden=True, value="zamer")),
                source="site:/zamer", button="Вызвать замерщика"))

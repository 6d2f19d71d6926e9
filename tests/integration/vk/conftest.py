"""A desk with a VK community channel on the loopback fake of the VK API."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import pytest

from leaddesk.bootstrap import open_desk
from leaddesk.domain.vk import VkSettings
from leaddesk.services.channel_senders import ChannelSenders
from leaddesk.services.outbox import deliver_due
from leaddesk.services.vk_accounts import add_vk_channel
from leaddesk.services.vk_sync import catch_up, run_vk


@dataclass
class VkDesk:
    context: object
    channel_id: int
    settings: VkSettings
    fake: object
    url: str
    events: list = field(default_factory=list)
    _stop: threading.Event | None = None
    _thread: threading.Thread | None = None

    def client(self):
        return self.context.connector.vk_client(self.settings, self.fake.token)

    def catch_up(self):
        return catch_up(self.context.uow_factory, self.channel_id, self.client(),
                        self.settings)

    def deliver_outbox(self, now=None):
        senders = ChannelSenders(self.context.reader, self.context.secrets,
                                 self.context.connector)
        if now is None:
            return deliver_due(self.context.uow_factory, senders)
        return deliver_due(self.context.uow_factory, senders, now=lambda: now)

    def start_worker(self) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=run_vk, args=(
            self.context.uow_factory, self.channel_id, self.settings, self.client,
            self._stop.is_set, self.events.append), kwargs={"wait": 1}, daemon=True)
        self._thread.start()

    def stop_worker(self) -> None:
        if self._stop is not None:
            self._stop.set()
            self._thread.join(timeout=10)
            assert not self._thread.is_alive(), "the VK worker did not stop"
            self._stop = None

    def query(self, sql: str, **params):
        from sqlalchemy import create_engine, text

        engine = create_engine(self.url)
        try:
            with engine.connect() as connection:
                return connection.execute(text(sql), params).all()
        finally:
            engine.dispose()


@pytest.fixture
def vk_desk(vk_fake, memory_keyring, db_url):
    context = open_desk(db_url)
    settings = VkSettings(vk_fake.group_id, vk_fake.api_base)
    channel_id = add_vk_channel(context.uow_factory, context.secrets, "ВКонтакте магазина",
                                settings, vk_fake.token)
    desk = VkDesk(context, channel_id, settings, vk_fake, db_url)
    yield desk
    desk.stop_worker()
    context.close()

"""Desks the pages of the window are shown on: empty, or with a small demo history."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from leaddesk.bootstrap import open_desk
from leaddesk.services.company import time_zone
from leaddesk.services.demo import fill_demo
from leaddesk.services.demo_schedule import add_demo_schedule
from tests.helpers.leads import make_channels


@pytest.fixture
def empty_desk(sqlite_url):
    """A desk with three channels (email, VK, web chat) and no leads."""
    context = open_desk(sqlite_url)
    make_channels(context.uow_factory)
    yield context
    context.close()


@pytest.fixture
def demo_desk(sqlite_url):
    """A desk with the demo's 3,000 leads over the last 90 days and its duty schedule."""
    context = open_desk(sqlite_url)
    now = datetime.now(UTC)
    fill_demo(context.open_bulk_loader(), leads=3000, seed=1, now=now,
              zone=time_zone(context.reader))
    add_demo_schedule(context.uow_factory, context.reader, now=now)
    yield context
    context.close()

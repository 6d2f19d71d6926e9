"""A VK message written while the window is open reaches the inbox by itself (Long Poll),
and the status bar counts the community among the channels."""

from __future__ import annotations

import pytest

from tests.helpers.window import open_window


@pytest.fixture
def window(qtbot, vk_desk, tmp_path):
    with open_window(qtbot, vk_desk.context, tmp_path) as win:
        yield win


def test_a_vk_message_appears_in_the_open_window(qtbot, vk_desk, window):
    qtbot.waitUntil(lambda: window.channels.states.get(vk_desk.channel_id) is not None
                    and window.channels.states[vk_desk.channel_id].state.value
                    == "connected", timeout=10000)
    assert window.mail_status.isVisible() and window.mail_status.troubled_kind() == "vk"
    assert vk_desk.fake.wait_for_poller()
    vk_desk.fake.deliver(501002, "Добрый день! Можно заказать замер?")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=8000)
    cells = [str(window.model.index(0, c).data()) for c in range(window.model.columnCount())]
    assert "Игорь Кузнецов" in cells

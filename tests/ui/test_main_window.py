"""The main window as a dispatcher uses it."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QSettings, Qt

from leaddesk.bootstrap import open_desk
from leaddesk.domain.codes import LeadStatus
from leaddesk.ui.inbox_model import COLUMNS
from leaddesk.ui.main_window import MainWindow
from tests.helpers.leads import add_lead, make_channels


@pytest.fixture
def desk(sqlite_url):
    context = open_desk(sqlite_url)
    make_channels(context.uow_factory)
    for n in range(1, 31):
        channel = "Чат на сайте" if n % 5 == 0 else "Почта продаж"
        add_lead(context.uow_factory, n, channel=channel,
                 text="Хочу заказать кухню" if n == 12 else None, name=f"Клиент {n}")
    yield context
    context.close()


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, desk, settings):
    win = MainWindow(desk, None, settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.shutdown()


def card_text(window) -> str:
    return window.card.browser.toPlainText()


def test_the_inbox_shows_every_lead_newest_first_with_the_card_of_the_first(qtbot, window):
    assert window.model.rowCount() == 30
    assert window.count_label.text() == "30 lead(s)" or "30" in window.count_label.text()
    contact = window.model.index(0, COLUMNS.index("contact")).data()
    assert contact == "Клиент 30"
    qtbot.waitUntil(lambda: "Клиент 30" in card_text(window), timeout=3000)
    assert "Сколько стоит доставка заказа номер 30" in card_text(window)


def test_j_and_k_walk_the_inbox_and_the_card_follows(qtbot, window):
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_J)
    qtbot.keyClick(window.table, Qt.Key.Key_J)
    assert window.table.currentIndex().row() == 2
    qtbot.waitUntil(lambda: "Клиент 28" in card_text(window), timeout=3000)
    qtbot.keyClick(window.table, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: "Клиент 29" in card_text(window), timeout=3000)
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.table.currentIndex().row() == 2


def test_slash_goes_to_search_and_typing_finds_the_lead(qtbot, window):
    qtbot.keyClick(window.table, Qt.Key.Key_Slash)
    assert window.filter_bar.search.hasFocus()
    window.filter_bar.search.insert("кухн")  # QTest cannot type Cyrillic keys
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    assert window.model.index(0, COLUMNS.index("contact")).data() == "Клиент 12"
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Return)
    assert window.table.hasFocus()
    qtbot.waitUntil(lambda: "Хочу заказать кухню" in card_text(window), timeout=3000)


def test_quick_filters_narrow_the_inbox(qtbot, window):
    bar = window.filter_bar
    bar.channel.setCurrentIndex(bar.channel.findText("Website chat"))
    assert window.model.rowCount() == 6
    bar.status.setCurrentIndex(bar.status.findData(LeadStatus.REJECTED))
    assert window.model.rowCount() == 0
    assert "0" in window.count_label.text()
    qtbot.waitUntil(lambda: not window.card.browser.isVisible(), timeout=3000)
    bar.status.setCurrentIndex(0)
    bar.assignee_buttons["unassigned"].click()
    assert window.model.rowCount() == 6


def test_a_lead_written_by_another_process_appears_within_two_seconds(qtbot, window,
                                                                       sqlite_url):
    window.select_row(3)
    selected = window.selected_lead_id()
    script = textwrap.dedent(f"""
        from leaddesk.bootstrap import open_desk
        from tests.helpers.leads import add_lead
        desk = open_desk({sqlite_url!r})
        add_lead(desk.uow_factory, 500, name="Новый звонок")
        desk.close()
    """)
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    qtbot.waitUntil(lambda: window.model.rowCount() == 31, timeout=2000)
    assert window.model.index(0, COLUMNS.index("contact")).data() == "Новый звонок"
    # The dispatcher's place is kept: the same lead is still selected.
    assert window.selected_lead_id() == selected


def test_window_layout_is_remembered(qtbot, desk, settings):
    first = MainWindow(desk, None, settings, follow_changes=False)
    qtbot.addWidget(first)
    first.resize(760, 560)  # the offscreen screen is 800×600
    first.show()
    first.splitter.setSizes([450, 300])
    first.table.setColumnWidth(COLUMNS.index("contact"), 222)
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow(desk, None, settings, follow_changes=False)
    qtbot.addWidget(second)
    second.show()
    assert second.size().width() == 760
    assert second.splitter.sizes() == sizes
    assert second.table.columnWidth(COLUMNS.index("contact")) == 222
    second.shutdown()

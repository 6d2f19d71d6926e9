"""Working leads from the keyboard in the main window: take, reply, note, alerts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from leaddesk.bootstrap import open_desk
from leaddesk.domain.assignment import AssignmentMode, AssignmentRule
from leaddesk.domain.codes import DeliveryState, Direction, LeadStatus, Role
from leaddesk.services.intake import InboundRequest, record_inbound_lead
from leaddesk.services.rules import add_user, set_channel_workflow
from leaddesk.ui.inbox_model import COLUMNS
from leaddesk.ui.main_window import MainWindow
from tests.helpers.leads import make_channels


@pytest.fixture
def desk(sqlite_url):
    context = open_desk(sqlite_url)
    make_channels(context.uow_factory)
    context.anna = add_user(context.uow_factory, "anna", "Анна Котова", Role.MANAGER)
    context.boris = add_user(context.uow_factory, "boris", "Борис Лавров", Role.MANAGER)
    yield context
    context.close()


def _lead(desk, text="Сколько стоит диван?", channel="Чат на сайте"):
    return record_inbound_lead(desk.uow_factory, InboundRequest(
        channel_name=channel, received_at=datetime.now(UTC), text=text, subject=text,
        contact_name="Ирина"))


@pytest.fixture
def window(qtbot, desk, tmp_path):
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    me = next(u for u in desk.reader.users() if u.id == desk.anna)
    win = MainWindow(desk, me, settings, follow_changes=False)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.shutdown()


def _card_loaded(qtbot, window, lead_id):
    qtbot.waitUntil(lambda: window.card.card is not None and window.card.card.lead_id == lead_id,
                    timeout=3000)


def test_t_takes_the_selected_lead_and_the_card_says_so(qtbot, desk, window):
    lead_id = _lead(desk)
    window.refresh()
    window.select_row(0)
    _card_loaded(qtbot, window, lead_id)
    assert window.lead_actions["take"].isEnabled()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: window.card.card.assignee == "Анна Котова", timeout=3000)
    assert window.card.card.status is LeadStatus.IN_PROGRESS
    assert not window.lead_actions["take"].isEnabled()  # it is mine now
    assert window.model.index(0, COLUMNS.index("assignee")).data() == "Анна Котова"


def test_a_reply_goes_to_the_outbox_and_stops_the_sla_clock(qtbot, desk, window):
    lead_id = _lead(desk)
    window.refresh()
    window.select_row(0)
    _card_loaded(qtbot, window, lead_id)
    waiting = window.model.index(0, COLUMNS.index("waiting")).data()
    assert waiting.endswith("left")  # a chat has two minutes
    window.card.composer.insertPlainText("Ирина, добрый день! Диван стоит 45 000 ₽.")
    qtbot.keyClick(window.card.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.card.card.messages) == 2, timeout=3000)
    reply = window.card.card.messages[-1]
    assert (reply.direction, reply.delivery) == (Direction.OUTBOUND, DeliveryState.QUEUED)
    assert window.card.composer.toPlainText() == ""
    assert window.card.card.first_response_at is not None
    assert window.card.card.assignee == "Анна Котова"  # whoever answers owns it
    assert "waiting to be sent" in window.card.browser.toPlainText()
    qtbot.waitUntil(lambda: window.model.index(0, COLUMNS.index("waiting")).data()
                    .startswith("✓"), timeout=3000)


def test_a_draft_stays_with_its_lead_when_the_user_looks_elsewhere(qtbot, desk, window):
    first, second = _lead(desk, "Первый вопрос"), _lead(desk, "Второй вопрос")
    window.refresh()
    window.select_row(1)
    _card_loaded(qtbot, window, first)
    window.card.composer.insertPlainText("Недописанный ответ")
    window.select_row(0)
    _card_loaded(qtbot, window, second)
    assert window.card.composer.toPlainText() == ""
    window.select_row(1)
    _card_loaded(qtbot, window, first)
    assert window.card.composer.toPlainText() == "Недописанный ответ"


def test_a_lead_assigned_to_me_raises_an_alert(qtbot, desk, window):
    chat = next(c.id for c in desk.reader.channels() if c.name == "Чат на сайте")
    set_channel_workflow(desk.uow_factory, chat,
                         AssignmentRule(AssignmentMode.FIXED, user_id=desk.anna), 120, False)
    window.alerts.start(window.me)
    qtbot.waitUntil(lambda: window.alerts._after_id is not None, timeout=3000)
    with qtbot.waitSignal(window.alerts.alerted, timeout=5000) as signal:
        _lead(desk, "Нужен шкаф-купе")
        window.alerts.poll()
    assert signal.args[0] == "A lead was assigned to you"
    assert "Нужен шкаф-купе" in signal.args[1]
    qtbot.waitUntil(lambda: window.alert_button.isVisible(), timeout=2000)
    assert window.alert_button.text().endswith("1")
    QApplication.processEvents()


def _answer_dialog(monkeypatch, cls, fill):
    """The dialog opens for real; the user's choice is made by ``fill`` and accepted."""
    def exec_(dialog):
        fill(dialog)
        return 1
    monkeypatch.setattr(cls, "exec", exec_)


def test_x_rejects_with_the_reason_picked_in_the_dialog(qtbot, desk, window, monkeypatch):
    from leaddesk.services.rules import set_reject_reasons
    from leaddesk.ui.dialogs.reject_dialog import RejectDialog

    set_reject_reasons(desk.uow_factory, ["Спам", "Не наш регион"])
    lead_id = _lead(desk)
    window.refresh()
    window.select_row(0)
    _card_loaded(qtbot, window, lead_id)
    _answer_dialog(monkeypatch, RejectDialog, lambda d: d.pick(2))
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_X)
    qtbot.waitUntil(lambda: window.card.card.status is LeadStatus.REJECTED, timeout=3000)
    assert window.card.card.reject_reason == "Не наш регион"
    assert window.lead_actions["reopen"].isEnabled()
    assert not window.lead_actions["reject"].isEnabled()


def test_p_then_c_postpone_and_convert_through_their_dialogs(qtbot, desk, window, monkeypatch):
    from leaddesk.ui.dialogs.convert_dialog import ConvertDialog
    from leaddesk.ui.dialogs.postpone_dialog import PostponeDialog

    lead_id = _lead(desk)
    window.refresh()
    window.select_row(0)
    _card_loaded(qtbot, window, lead_id)
    _answer_dialog(monkeypatch, PostponeDialog, lambda d: d.choose("tomorrow"))
    qtbot.keyClick(window.table, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: window.card.card.status is LeadStatus.POSTPONED, timeout=3000)
    _answer_dialog(monkeypatch, ConvertDialog, lambda d: d.amount_edit.setText("45 000"))
    qtbot.keyClick(window.table, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: window.card.card.deal is not None, timeout=3000)
    assert window.card.card.status is LeadStatus.CONVERTED
    assert str(window.card.card.deal.amount) == "45000.00"
    assert "45 000 ₽" in window.card.browser.toPlainText()

"""The rules dialog: each tab stores what the supervisor set, and the desk reads it back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from leaddesk.bootstrap import open_desk
from leaddesk.domain.assignment import AssignmentMode
from leaddesk.domain.codes import ChannelKind, Role
from leaddesk.domain.scoring import DEFAULT_RULES, ScoringKind, ScoringRule
from leaddesk.domain.templates import TemplateValues
from leaddesk.services import company, invoices
from leaddesk.services.arrival import THRESHOLDS_KEY
from leaddesk.services.rules import add_user, set_reject_reasons
from leaddesk.ui.dialogs.rules_channels import MODES
from leaddesk.ui.dialogs.rules_dialog import RulesDialog
from leaddesk.ui.dialogs.template_picker import TemplatePicker
from tests.helpers.leads import make_channels

VALID_INN = "7707083893"


@pytest.fixture
def desk(sqlite_url):
    context = open_desk(sqlite_url)
    make_channels(context.uow_factory)
    context.anna = add_user(context.uow_factory, "anna", "Анна Котова", Role.MANAGER, rank=5)
    context.boris = add_user(context.uow_factory, "boris", "Борис Лавров", Role.MANAGER, rank=9)
    context.chief = add_user(context.uow_factory, "chief", "Олег Волков", Role.SUPERVISOR)
    yield context
    context.close()


@pytest.fixture
def dialog(qtbot, desk, monkeypatch):
    widget = RulesDialog(desk)
    qtbot.addWidget(widget)
    # closing at the end of a test must not wait for an answer
    monkeypatch.setattr(widget, "ask_unsaved", lambda titles: QMessageBox.StandardButton.Discard)
    widget.show()
    return widget


def workflow(desk, name: str):
    return next(w for w in desk.reader.channel_workflows() if w.name == name)


def type_in(widget, text: str) -> None:
    """Type ``text`` as key presses (QTest's keyClicks cannot type Cyrillic)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


def tick(view, user_id: int) -> None:
    for row in range(view.count()):
        if view.item(row).data(Qt.ItemDataRole.UserRole) == user_id:
            view.item(row).setCheckState(Qt.CheckState.Checked)
            view.setCurrentRow(row)


def test_nothing_to_save_when_nothing_changed(dialog):
    assert dialog.dirty_tabs() == []
    assert not dialog.save_button.isEnabled()
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Channels", "Reject reasons", "Reply templates", "Scoring", "Company"]


def test_a_channel_goes_round_robin_with_an_sla_and_a_required_reason(dialog, desk):
    tab = dialog.channels
    vk = workflow(desk, "ВКонтакте")
    tab.select_channel(vk.id)
    tab.mode_box.setCurrentIndex(MODES.index(AssignmentMode.ROUND_ROBIN))
    tick(tab.turn_list, desk.anna)
    tick(tab.turn_list, desk.boris)
    tab._move(-1)  # Борис first
    tab.sla_spin.setValue(5)
    tab.reason_box.setChecked(True)
    assert dialog.tabs.tabText(0) == "Channels *" and dialog.save_button.isEnabled()
    assert tab.turn_order() == (desk.boris, desk.anna)

    dialog.save_button.click()

    saved = workflow(desk, "ВКонтакте")
    assert saved.rule.mode is AssignmentMode.ROUND_ROBIN
    assert saved.rule.user_ids == (desk.boris, desk.anna)
    assert saved.sla_seconds == 300 and saved.reject_reason_required
    assert workflow(desk, "Почта продаж").sla_seconds == 3600  # untouched
    assert dialog.dirty_tabs() == [] and dialog.tabs.tabText(0) == "Channels"
    assert "saved" in tab.status.text()
    tab.sla_spin.setValue(7)  # still editing the same channel after the save
    assert dialog.save()
    assert workflow(desk, "ВКонтакте").sla_seconds == 420


def test_round_robin_over_nobody_is_refused(dialog, desk):
    tab = dialog.channels
    tab.select_channel(workflow(desk, "Чат на сайте").id)
    tab.mode_box.setCurrentIndex(MODES.index(AssignmentMode.ROUND_ROBIN))
    assert not dialog.save()
    assert "Tick at least one person" in tab.status.text()
    assert workflow(desk, "Чат на сайте").rule.mode is AssignmentMode.NONE
    assert dialog.tabs.currentWidget() is tab


def test_a_fixed_person_and_hot_leads_to_the_best(dialog, desk):
    tab = dialog.channels
    tab.select_channel(workflow(desk, "Почта продаж").id)
    tab.mode_box.setCurrentIndex(MODES.index(AssignmentMode.FIXED))
    tab.person_box.setCurrentIndex(tab.person_box.findData(desk.anna))
    tab.hot_box.setChecked(True)
    tab.escalation_box.setChecked(True)
    assert dialog.save()
    rule = workflow(desk, "Почта продаж").rule
    assert (rule.mode, rule.user_id, rule.hot_to_best, rule.reassign_on_escalation) == (
        AssignmentMode.FIXED, desk.anna, True, True)


def test_reasons_are_reordered_renamed_added_and_removed(dialog, desk):
    set_reject_reasons(desk.uow_factory, ["Дорого", "Спам", "Нет в наличии", "Дубль"])
    tab = dialog.reasons
    tab.load()
    tab.reason_list.setCurrentRow(2)
    tab.move_reason(-1)
    tab.move_reason(-1)  # "Нет в наличии" first
    tab.reason_list.setCurrentRow(3)
    tab.remove_reason()  # "Дубль"
    tab.reason_list.item(1).setText("Слишком дорого")
    tab.reason_list.setCurrentRow(2)
    tab.add_reason()
    tab.reason_list.item(3).setText("Не дозвонились")
    assert dialog.dirty_tabs() == [tab]

    assert dialog.save()

    assert [r.title for r in desk.reader.reject_reasons()] == [
        "Нет в наличии", "Слишком дорого", "Спам", "Не дозвонились"]
    assert tab.titles() == ["Нет в наличии", "Слишком дорого", "Спам", "Не дозвонились"]


def test_a_template_with_placeholders_is_saved_and_the_picker_fills_it(dialog, desk, qtbot):
    tab = dialog.templates
    tab.add_template()
    tab.title_edit.clear()
    type_in(tab.title_edit, "Приветствие")
    tab.body_edit.setPlainText("Здравствуйте, {имя}! Пишу про {product}. {менеджер}, {company}")
    assert tab.preview.toPlainText().startswith("Здравствуйте, Anna! Пишу про Bork C804")
    tab.add_template()
    tab.title_edit.clear()
    type_in(tab.title_edit, "Скрипт звонка")
    tab.body_edit.setPlainText("Спросить, для чего {товар}")
    tab.script_box.setChecked(True)
    assert tab.template_list.item(1).text() == "Скрипт звонка · script"

    assert dialog.save()

    stored = desk.reader.templates()
    assert [(t.title, t.is_script) for t in stored] == [("Приветствие", False),
                                                        ("Скрипт звонка", True)]
    picker = TemplatePicker(stored, TemplateValues(name="Анна", product="кофемашина",
                                                   manager="Мария", company="ООО Ромашка"))
    qtbot.addWidget(picker)
    assert picker.text() == "Здравствуйте, Анна! Пишу про кофемашина. Мария, ООО Ромашка"


def test_a_template_without_text_is_not_dropped_silently(dialog, desk):
    tab = dialog.templates
    tab.add_template()
    assert not dialog.save()
    assert "has no text" in tab.status.text()
    assert desk.reader.templates() == []
    tab.remove_template()
    assert dialog.dirty_tabs() == []


def test_scoring_shows_the_standard_rules_and_refuses_hot_below_warm(dialog, desk):
    tab = dialog.scoring
    assert tab.current_rules() == list(DEFAULT_RULES)
    assert tab.count_label.text() == "7 rule(s)"
    tab.warm_spin.setValue(50)
    tab.hot_spin.setValue(40)

    assert not dialog.save()

    assert tab.status.text() == "The hot threshold must be above the warm one."
    assert dialog.tabs.currentWidget() is tab
    assert desk.reader.setting(THRESHOLDS_KEY) is None
    assert dialog.dirty_tabs() == [tab]


def test_scoring_rules_and_thresholds_are_saved(dialog, desk):
    tab = dialog.scoring
    tab.table.setCurrentCell(0, 0)
    tab.remove_rule()  # the product-card rule
    row = tab.add_rule()
    row.kind.setCurrentIndex(row.kind.findData(ScoringKind.CHANNEL.value))
    row.channel.setCurrentIndex(row.channel.findData(ChannelKind.VK.value))
    row.points.setValue(-5)
    tab.warm_spin.setValue(30)
    tab.hot_spin.setValue(60)

    assert dialog.save()

    assert desk.reader.scoring_rules() == [*DEFAULT_RULES[1:],
                                           ScoringRule(ScoringKind.CHANNEL, -5, "vk")]
    assert desk.reader.setting(THRESHOLDS_KEY) == {"warm": 30, "hot": 60}


def test_a_keyword_rule_needs_words(dialog, desk):
    tab = dialog.scoring
    tab.add_rule()
    assert not dialog.save()
    assert "write at least one word" in tab.status.text()
    assert desk.reader.setting(THRESHOLDS_KEY) is None


def test_requisites_problems_show_as_typed_and_the_requisites_are_saved(dialog, desk, qtbot):
    tab = dialog.company
    assert "The company name is missing." in tab.problems.text()
    type_in(tab.fields["name"], "ООО «Ромашка»")
    qtbot.keyClicks(tab.fields["inn"], "1234567890")
    assert "The company name is missing." not in tab.problems.text()
    assert "The INN is wrong" in tab.problems.text()
    assert tab.fields["inn"].styleSheet() and not tab.fields["name"].styleSheet()

    assert dialog.save()

    assert invoices.requisites(desk.reader).inn == "1234567890"
    assert invoices.requisites(desk.reader).name == "ООО «Ромашка»"
    assert "invoices cannot be issued" in tab.status.text()
    tab.fields["inn"].clear()
    qtbot.keyClicks(tab.fields["inn"], VALID_INN)
    assert "The INN is wrong" not in tab.problems.text()


def test_the_time_zone_is_saved_and_a_wrong_one_refused(dialog, desk):
    tab = dialog.company
    assert tab.zone_name() == "Europe/Moscow"
    tab.zone_box.setCurrentText("Mars/Olympus")
    assert "Unknown time zone" in tab.zone_hint.text()
    assert not dialog.save()
    assert "is not a time zone" in tab.status.text()
    tab.zone_box.setCurrentText("Asia/Novosibirsk")
    assert "Now there" in tab.zone_hint.text()
    assert dialog.save()
    assert company.time_zone(desk.reader).key == "Asia/Novosibirsk"


@pytest.mark.parametrize("answer, closed, saved", [
    (QMessageBox.StandardButton.Cancel, False, False),
    (QMessageBox.StandardButton.Discard, True, False),
    (QMessageBox.StandardButton.Save, True, True),
])
def test_closing_with_changes_asks(dialog, desk, monkeypatch, answer, closed, saved):
    asked = []
    monkeypatch.setattr(dialog, "ask_unsaved", lambda titles: asked.append(titles) or answer)
    dialog.reasons.add_reason()
    dialog.close()
    assert asked == [["Reject reasons"]]
    assert dialog.isVisible() is not closed
    assert bool(desk.reader.reject_reasons()) is saved


def test_closing_asks_nothing_without_changes(dialog, monkeypatch):
    monkeypatch.setattr(dialog, "ask_unsaved", lambda titles: pytest.fail("asked"))
    dialog.reject()
    assert not dialog.isVisible()


def test_every_tab_draws(dialog, tmp_path):
    dialog.resize(900, 600)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        path = tmp_path / f"tab{index}.png"
        assert dialog.grab().save(str(path))
        assert path.stat().st_size > 1000

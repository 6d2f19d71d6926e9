"""The template picker: filter by keyboard, move with the arrows, Enter inserts it filled."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog

from leaddesk.domain.templates import TemplateValues
from leaddesk.services.ports import TemplateInfo
from leaddesk.ui.dialogs.template_picker import TemplatePicker, matches

TEMPLATES = [
    TemplateInfo(1, "Приветствие", "Здравствуйте, {имя}! Меня зовут {manager}."),
    TemplateInfo(2, "Цена и доставка", "{name}, {товар} стоит 25 000 ₽, доставка завтра."),
    TemplateInfo(3, "Скрипт звонка", "1. Представиться от {компания}\n2. Спросить про {product}",
                 is_script=True),
]
VALUES = TemplateValues(name="Анна", product="кофемашина", manager="Мария",
                        company="ООО Ромашка")


def type_in(widget, text: str) -> None:
    """Type ``text`` as key presses (QTest's keyClicks cannot type Cyrillic)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, char))


@pytest.fixture
def picker(qtbot):
    widget = TemplatePicker(TEMPLATES, VALUES)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.filter_edit.setFocus()
    return widget


def test_the_first_template_is_chosen_and_rendered(picker):
    assert picker.template_list.count() == 3
    assert picker.text() == "Здравствуйте, Анна! Меня зовут Мария."
    assert picker.preview.toPlainText() == picker.text()
    assert picker.template_list.item(2).text() == "Скрипт звонка · script"
    assert picker.count_label.text() == "3 template(s)"


def test_typing_filters_by_title_and_text_and_enter_inserts(picker, qtbot):
    type_in(picker.filter_edit, "доставк")
    assert [picker.template_list.item(r).text() for r in range(picker.template_list.count())] \
        == ["Цена и доставка"]
    picker.filter_edit.clear()
    type_in(picker.filter_edit, "спросить")  # a word of the text only
    assert picker.template().id == 3
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    assert picker.result() == QDialog.DialogCode.Accepted
    assert picker.text() == "1. Представиться от ООО Ромашка\n2. Спросить про кофемашина"


def test_up_and_down_in_the_filter_move_through_the_list(picker, qtbot):
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Down)
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Down)
    assert picker.template().id == 3
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Up)
    assert picker.template().id == 2
    assert picker.preview.toPlainText() == "Анна, кофемашина стоит 25 000 ₽, доставка завтра."
    assert picker.filter_edit.hasFocus()


def test_nothing_found_inserts_nothing(picker, qtbot):
    type_in(picker.filter_edit, "нет такого")
    assert picker.template() is None and picker.text() == ""
    assert not picker.insert_button.isEnabled()
    assert picker.count_label.text() == "No template has these words."
    picker.accept()
    assert picker.isVisible()


def test_no_templates_at_all(qtbot):
    widget = TemplatePicker([], VALUES)
    qtbot.addWidget(widget)
    assert widget.text() == ""
    assert "no templates yet" in widget.count_label.text()


def test_every_word_must_match():
    assert matches(TEMPLATES[1], "ЦЕНА завтра")
    assert not matches(TEMPLATES[1], "цена скрипт")
    assert matches(TEMPLATES[0], "  ")

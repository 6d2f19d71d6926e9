"""The CSV import dialog: the columns are guessed, the check counts, the import imports."""

from __future__ import annotations

import pytest

from leaddesk.bootstrap import open_desk
from leaddesk.domain.codes import ChannelKind
from leaddesk.domain.csv_import import ImportField
from leaddesk.ui.csv_import_dialog import CsvImportDialog
from tests.helpers.leads import add_lead, make_channels

VISITORS = (
    "ФИО;Телефон;E-mail;Компания;Интерес;Дата\n"
    "Иванов Иван;;ivan@zavod.example;ООО Завод;Станки;20.11.2025 11:30\n"
    "Петрова Анна;89125551122;;;\"Каталог\nи цены\";20.11.2025 11:45\n"
    "Без контактов;;;ИП Сидоров;Просто смотрел;20.11.2025 12:00\n"
    "Сергей;+7 903 000-00-01;sergey@mail;;Доставка;20.11.2025 12:10\n"
    "Ольга;8 903 000 00 02;;;Монтаж;завтра\n"
).encode("cp1251")


@pytest.fixture
def desk(sqlite_url):
    context = open_desk(sqlite_url)
    make_channels(context.uow_factory)
    add_lead(context.uow_factory, 1, name="Анна П.", phone="+7 912 555-11-22")
    yield context
    context.close()


@pytest.fixture
def dialog(qtbot, desk):
    widget = CsvImportDialog(desk)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def visitors(tmp_path):
    path = tmp_path / "выставка.csv"
    path.write_bytes(VISITORS)
    return path


def test_the_columns_are_guessed_and_the_first_rows_shown(dialog, visitors):
    assert not dialog.check_button.isEnabled()
    assert dialog.load_file(visitors)
    assert dialog.mapping() == {0: ImportField.NAME, 1: ImportField.PHONE,
                                2: ImportField.EMAIL, 3: ImportField.TEXT,
                                4: ImportField.TEXT, 5: ImportField.RECEIVED_AT}
    assert dialog.preview.rowCount() == 1 + 5  # the fields, then the rows
    assert dialog.preview.item(2, 4).text() == "Каталог и цены"
    assert dialog.preview.verticalHeaderItem(3).text() == "5"  # the file's line number
    assert "cp1251" in dialog.file_info.text()
    assert dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
    assert dialog.channel_name() is None  # the import channel, made by the import


def test_check_then_import_makes_the_leads(dialog, desk, visitors):
    dialog.load_file(visitors)
    dialog.check()
    assert dialog.summary.text() == ("2 lead(s) would be created, 1 new contact(s), "
                                     "1 known contact(s), 3 row(s) with errors.")
    errors = [dialog.error_list.item(i).text() for i in range(dialog.error_list.count())]
    assert errors == ["Line 5: no phone, email or VK id to reach the customer",
                      "Line 6: “sergey@mail” is not an email address",
                      "Line 7: “завтра” is not a date (write 25.11.2026 14:03)"]
    shown_line_5 = dialog.preview.item(3, 0)  # the rows that cannot be imported are marked
    assert shown_line_5.toolTip() == "no phone, email or VK id to reach the customer"
    assert dialog.preview.item(1, 0).toolTip() == ""
    assert desk.reader.lead_total() == 1  # the check wrote nothing
    assert dialog.import_button.isEnabled()

    dialog.run()
    assert dialog.summary.text().startswith("2 lead(s) imported")
    assert desk.reader.lead_total() == 3
    imported = [c for c in desk.reader.channels() if c.kind is ChannelKind.IMPORT]
    assert [c.name for c in imported] == ["Импорт"]
    assert not dialog.import_button.isEnabled()
    assert dialog.channel_name() == "Импорт"  # made by the import, chosen now
    dialog.check()  # the same file again: nothing to do
    assert dialog.summary.text().startswith("0 lead(s) would be created")
    assert "2 row(s) imported before, to be skipped" in dialog.summary.text()


def test_a_changed_column_needs_a_new_check(dialog, desk, visitors):
    dialog.load_file(visitors)
    dialog.select_channel("Почта продаж")
    dialog.check()
    assert dialog.import_button.isEnabled()
    dialog.field_boxes[3].setCurrentIndex(dialog.field_boxes[3].findData("subject"))
    assert not dialog.import_button.isEnabled() and dialog.summary.text() == ""
    dialog.check()
    assert dialog.summary.text().startswith("2 lead(s) would be created")
    dialog.run()
    ivan, anna = (desk.reader.lead_card(i) for i in (2, 3))
    assert {ivan.channel_name, anna.channel_name} == {"Почта продаж"}
    assert ivan.subject == "ООО Завод"
    assert anna.subject == "Каталог"  # no subject cell: the first line of the text


def test_a_file_that_is_no_csv_is_explained(dialog, tmp_path):
    path = tmp_path / "leads.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8)
    assert not dialog.load_file(path)
    assert "not a text file" in dialog.file_info.text()
    assert not dialog.check_button.isEnabled()
    assert dialog.preview.columnCount() == 0


def test_a_picture_of_the_dialog(dialog, visitors):
    dialog.load_file(visitors)
    dialog.check()
    assert dialog.grab().save("/tmp/csv-dialog.png")

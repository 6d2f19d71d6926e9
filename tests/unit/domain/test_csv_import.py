"""Reading call logs and visitor lists: encodings, delimiters, lines, mapping, row errors."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from leaddesk.domain.csv_import import (
    MAX_CELL_LENGTH,
    CsvReadError,
    ImportField,
    ImportRow,
    RowError,
    RowProblem,
    TableProblem,
    guess_mapping,
    parse_rows,
    read_table,
)

MOSCOW = ZoneInfo("Europe/Moscow")
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
F = ImportField

CALL_LOG = (
    "Дата;Время;Номер абонента;Длительность;Комментарий\r\n"
    "25.11.2026;14:03;8 (916) 123-45-67;00:01:05;Хочет пластиковые окна\r\n"
    "25.11.2026;15:10;+7 912 555-11-22;00:00:40;\r\n"
)
VISITORS = (
    "ФИО,Телефон,E-mail,Компания,Интерес\n"
    "Иванов Иван,,ivan@zavod.ru,ООО Завод,Станки\n"
    "Петрова Анна,89125551122,,,Каталог\n"
)


def parsed(data: bytes, mapping: dict[int, ImportField] | None = None):
    table = read_table(data)
    return list(parse_rows(table, mapping or guess_mapping(table.header), MOSCOW, NOW))


def test_a_windows_1251_call_log_with_semicolons():
    table = read_table(CALL_LOG.encode("cp1251"))
    assert (table.encoding, table.delimiter) == ("cp1251", ";")
    assert table.header[2] == "Номер абонента"
    assert [line for line, _cells in table.rows] == [2, 3]
    first, second = parse_rows(table, guess_mapping(table.header), MOSCOW, NOW)
    assert first == ImportRow(
        line=2, name="", phone="+79161234567", email=None, vk=None,
        text="Хочет пластиковые окна", subject="",
        received_at=datetime(2026, 11, 25, 14, 3, tzinfo=MOSCOW), source=None)
    assert second.phone == "+79125551122" and second.text == ""


def test_a_utf8_visitor_list_with_a_bom_and_commas():
    table = read_table(VISITORS.encode("utf-8-sig"))
    assert (table.encoding, table.delimiter) == ("utf-8-sig", ",")
    assert table.header[0] == "ФИО"  # no BOM left in the first column's name
    ivan, anna = parse_rows(table, guess_mapping(table.header), MOSCOW, NOW)
    assert (ivan.name, ivan.email, ivan.phone) == ("Иванов Иван", "ivan@zavod.ru", None)
    assert ivan.text == "Компания: ООО Завод\nИнтерес: Станки"
    assert (anna.phone, anna.text) == ("+79125551122", "Интерес: Каталог")
    assert ivan.received_at == NOW  # no date column: received at the time of the import


def test_plain_utf8_and_tabs():
    table = read_table("Имя\tТелефон\nОля\t9161234567\n".encode())
    assert (table.encoding, table.delimiter) == ("utf-8", "\t")
    assert table.rows == ((2, ("Оля", "9161234567")),)


def test_a_quoted_multiline_comment_keeps_later_line_numbers_right():
    data = (
        'Имя;Телефон;Комментарий\n'
        'Оля;89161234567;"Первая строка\nвторая; с точкой с запятой\nтретья"\n'
        '\n'
        'Коля;12;звонок\n'
        'Маша;89161112233;""\n'
    ).encode()
    rows = parsed(data)
    assert [row.line for row in rows] == [2, 6, 7]
    assert rows[0].text == "Первая строка\nвторая; с точкой с запятой\nтретья"
    assert rows[1] == RowError(6, RowProblem.BAD_PHONE, "12")


def test_a_file_that_is_no_text_is_refused_with_a_code():
    with pytest.raises(CsvReadError) as refused:
        read_table(b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) * 4)  # an .xlsx
    assert refused.value.problem is TableProblem.NOT_TEXT
    with pytest.raises(CsvReadError) as empty:
        read_table(b"\r\n\r\n")
    assert empty.value.problem is TableProblem.EMPTY


def test_every_row_problem_names_its_line_and_value():
    long_text = "x" * (MAX_CELL_LENGTH + 1)
    data = (
        "Имя;Телефон;E-mail;Дата;Комментарий\n"
        "Без связи;;;25.11.2026 10:00;нет контактов\n"  # 2
        "Плохой;12;;25.11.2026;\n"  # 3
        "Почта;;ivan(at)mail.ru;;\n"  # 4
        "Дата;89161234567;;завтра;\n"  # 5
        "Будущее;89161234567;;01.01.2027 10:00;\n"  # 6
        f"Длинный;89161234567;;;{long_text}\n"  # 7
        "Мало;89161234567\n"  # 8
        "Хороший;;ok@mail.ru;2026-11-25 14:03:00;\n"  # 9
    ).encode()
    errors = [row for row in parsed(data) if isinstance(row, RowError)]
    assert errors == [
        RowError(2, RowProblem.NO_CONTACT, ""),
        RowError(3, RowProblem.BAD_PHONE, "12"),
        RowError(4, RowProblem.BAD_EMAIL, "ivan(at)mail.ru"),
        RowError(5, RowProblem.BAD_DATE, "завтра"),
        RowError(6, RowProblem.FUTURE_DATE, "01.01.2027 10:00"),
        RowError(7, RowProblem.TOO_LONG, "Комментарий"),
        RowError(8, RowProblem.WRONG_CELL_COUNT, "2"),
    ]


def test_blank_cells_after_the_last_column_are_forgiven():
    rows = parsed("Имя;Телефон\nОля;89161234567;;\n".encode())
    assert isinstance(rows[0], ImportRow)


@pytest.mark.parametrize(("written", "meant"), [
    ("25.11.2026 14:03", datetime(2026, 11, 25, 14, 3, tzinfo=MOSCOW)),
    ("25.11.2026 14:03:05", datetime(2026, 11, 25, 14, 3, 5, tzinfo=MOSCOW)),
    ("25.11.2026", datetime(2026, 11, 25, tzinfo=MOSCOW)),
    ("2026-11-25 14:03:00", datetime(2026, 11, 25, 14, 3, tzinfo=MOSCOW)),
    ("2026-11-25T11:03:00Z", datetime(2026, 11, 25, 11, 3, tzinfo=UTC)),
    ("2026-11-25T14:03:00+05:00", datetime(2026, 11, 25, 9, 3, tzinfo=UTC)),
])
def test_dates_as_exports_write_them(written, meant):
    (row,) = parsed(f"Телефон;Дата\n89161234567;{written}\n".encode())
    assert row.received_at == meant


def test_a_telephony_header_joins_its_date_and_time_columns():
    header = ["Дата", "Время", "Номер абонента", "Длительность", "Комментарий"]
    assert guess_mapping(header) == {
        0: F.RECEIVED_AT, 1: F.RECEIVED_AT, 2: F.PHONE, 3: F.IGNORE, 4: F.TEXT}


def test_an_exhibition_header():
    header = ["ФИО", "Телефон", "E-mail", "Компания", "Интерес"]
    assert guess_mapping(header) == {0: F.NAME, 1: F.PHONE, 2: F.EMAIL, 3: F.TEXT, 4: F.TEXT}


@pytest.mark.parametrize(("name", "field"), [
    ("Имя", F.NAME), ("Клиент", F.NAME), ("Name", F.NAME),
    ("Номер", F.PHONE), ("Phone", F.PHONE), ("Caller", F.PHONE), ("Телефон клиента", F.PHONE),
    ("Email", F.EMAIL), ("Почта", F.EMAIL),
    ("Комментарий", F.TEXT), ("Сообщение", F.TEXT), ("Comment", F.TEXT), ("Note", F.TEXT),
    ("Тема", F.SUBJECT),
    ("Дата", F.RECEIVED_AT), ("Время звонка", F.RECEIVED_AT), ("Date", F.RECEIVED_AT),
    ("Start", F.RECEIVED_AT),
    ("Источник", F.SOURCE), ("Source", F.SOURCE), ("utm_source", F.SOURCE),
    ("vk", F.VK), ("ВКонтакте", F.VK),
    ("Длительность", F.IGNORE), ("Номер заказа", F.IGNORE), ("Дата рождения", F.IGNORE),
])
def test_column_names_in_russian_and_english(name, field):
    assert guess_mapping([name]) == {0: field}


def test_vk_source_and_subject_columns():
    data = "vk;Источник;Тема;Сообщение\nhttps://vk.com/id777;Выставка;Станки;Нужен ЧПУ\n"
    (row,) = parsed(data.encode())
    assert (row.vk, row.source, row.subject, row.text) == ("777", "Выставка", "Станки",
                                                           "Нужен ЧПУ")

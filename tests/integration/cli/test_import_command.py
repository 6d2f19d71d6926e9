"""``leaddesk import csv``, called through its two functions until cli.py wires them in."""

from __future__ import annotations

import argparse
import json

import pytest

from leaddesk.bootstrap import open_desk
from leaddesk.cli import CommandError
from leaddesk.cli_import import add_import_parser, run_import_command
from leaddesk.domain.codes import ChannelKind

CALL_LOG = (
    "Дата;Время;Номер абонента;Комментарий\r\n"
    "25.11.2025;14:03;8 (916) 123-45-67;Хочет окна\r\n"
    "25.11.2025;14:20;+7 912 555-11-22;Перезвонить\r\n"
    "25.11.2025;14:31;12;сорвался\r\n"
).encode("cp1251")


def run(sqlite_url: str, *argv: str) -> int:
    parser = argparse.ArgumentParser(prog="leaddesk")
    add_import_parser(parser.add_subparsers(dest="command"))
    return run_import_command(parser.parse_args(["import", "csv", *argv]),
                              open_desk(sqlite_url))


@pytest.fixture
def call_log(tmp_path):
    path = tmp_path / "calls.csv"
    path.write_bytes(CALL_LOG)
    return str(path)


def test_a_dry_run_tells_what_would_happen_and_names_bad_lines(sqlite_url, call_log, capsys):
    assert run(sqlite_url, call_log, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "2 leads would be created, 2 new contacts, 0 known contacts, 1 rows with errors" in out
    assert 'line 4: the phone "12" is not a phone number' in out
    assert "Номер абонента = phone" in out
    desk = open_desk(sqlite_url)
    assert desk.reader.lead_total() == 0
    assert "Импорт" not in [c.name for c in desk.reader.channels()]  # not even made
    desk.close()


def test_the_import_goes_to_the_import_channel_once(sqlite_url, call_log, capsys):
    assert run(sqlite_url, call_log, "--json") == 0
    first = json.loads(capsys.readouterr().out)
    assert first["leads"] == 2 and len(first["lead_ids"]) == 2
    assert first["channel"] == "Импорт" and first["encoding"] == "cp1251"
    assert first["errors"] == [{"line": 4, "problem": "bad_phone", "value": "12",
                                "message": 'line 4: the phone "12" is not a phone number'}]
    assert run(sqlite_url, call_log) == 0
    out = capsys.readouterr().out
    assert "0 leads created" in out
    assert "2 rows were imported from this file before" in out
    desk = open_desk(sqlite_url)
    assert (ChannelKind.IMPORT, "Импорт") in [(c.kind, c.name) for c in desk.reader.channels()]
    assert desk.reader.lead_card(first["lead_ids"][0]).channel is ChannelKind.IMPORT
    desk.close()


def test_columns_can_be_mapped_by_name_or_number(sqlite_url, tmp_path, capsys):
    path = tmp_path / "visitors.csv"
    path.write_text("Кто,Связь,Заметка\nАнна,anna@example.ru,Каталог\n", encoding="utf-8")
    assert run(sqlite_url, str(path), "--dry-run") == 0
    assert "line 2: no phone, email or VK id" in capsys.readouterr().out
    assert run(sqlite_url, str(path), "--map", "связь=email", "--map", "1=name",
               "--map", "Заметка=text", "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert result["leads"] == 1 and result["errors"] == []
    desk = open_desk(sqlite_url)
    card = desk.reader.lead_card(result["lead_ids"][0])
    assert (card.contact_name, card.subject) == ("Анна", "Каталог")
    desk.close()


@pytest.mark.parametrize(("argv", "said"), [
    (["--channel", "Нет такого"], 'there is no channel "Нет такого"'),
    (["--map", "Цвет=phone"], 'the file has no column "Цвет"'),
    (["--map", "Комментарий=color"], '"color" is no field'),
    (["--map", "phone"], "--map wants COLUMN=FIELD"),
])
def test_wrong_options_are_explained(sqlite_url, call_log, argv, said):
    with pytest.raises(CommandError, match=said):
        run(sqlite_url, call_log, *argv)


def test_a_file_that_is_no_csv_is_explained(sqlite_url, tmp_path):
    with pytest.raises(CommandError, match="cannot read"):
        run(sqlite_url, str(tmp_path / "missing.csv"))
    workbook = tmp_path / "leads.xlsx"
    workbook.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8)
    with pytest.raises(CommandError, match="save it from Excel as CSV"):
        run(sqlite_url, str(workbook))

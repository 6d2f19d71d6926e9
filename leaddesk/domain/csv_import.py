"""Reading leads from a CSV file: a telephony call log, a list of exhibition visitors.

The file is decoded and split into rows here, its columns are matched to lead fields and
every row becomes an ``ImportRow`` or a ``RowError`` with a code. Storing is the services'
business (``leaddesk.services.csv_import``).

How columns combine: several columns mapped to one field are joined in column order. A date
and a time column (``Дата;Время``) both map to ``received_at`` and are read as one moment;
name parts (``Фамилия;Имя``) are joined with spaces; several text columns become lines
``Header: value``; of several phone (email, VK) columns the first non-blank cell counts.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from leaddesk.domain.identities import normalize_email, normalize_phone, normalize_vk

MAX_CELL_LENGTH = 10_000
FUTURE_TOLERANCE = timedelta(minutes=10)  # clocks of telephony providers run a little ahead
DELIMITERS = (";", ",", "\t")
ENCODINGS = ("utf-8-sig", "cp1251")  # utf-8-sig reads UTF-8 with or without a BOM
_SNIFF_RECORDS = 50


class ImportField(StrEnum):
    """What a column of the file holds."""

    NAME = "name"
    PHONE = "phone"
    EMAIL = "email"
    VK = "vk"
    TEXT = "text"
    SUBJECT = "subject"
    RECEIVED_AT = "received_at"
    SOURCE = "source"
    IGNORE = "ignore"


class TableProblem(StrEnum):
    """Why a file cannot be read as a table at all."""

    NOT_TEXT = "not_text"  # binary, or an encoding other than UTF-8 / Windows-1251
    EMPTY = "empty"  # no header row
    MALFORMED = "malformed"  # the csv module gave up (a cell of more than 128 KiB)


class RowProblem(StrEnum):
    """Why one row of the file cannot become a lead."""

    NO_CONTACT = "no_contact"  # neither a phone, an email nor a VK id
    BAD_PHONE = "bad_phone"
    BAD_EMAIL = "bad_email"
    BAD_DATE = "bad_date"
    FUTURE_DATE = "future_date"
    TOO_LONG = "too_long"  # a cell longer than MAX_CELL_LENGTH
    WRONG_CELL_COUNT = "wrong_cell_count"


class CsvReadError(ValueError):
    """The file is no table. ``problem`` says why."""

    def __init__(self, problem: TableProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True, slots=True)
class CsvTable:
    """A decoded file: its header, and its rows with the line each starts on (header: 1)."""

    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    encoding: str
    delimiter: str
    fingerprint: str = ""  # file_fingerprint() of the bytes


@dataclass(frozen=True, slots=True)
class ImportRow:
    """A row that can become a lead. Phone, email and VK id are normalised already."""

    line: int
    name: str
    phone: str | None
    email: str | None
    vk: str | None
    text: str
    subject: str
    received_at: datetime
    source: str | None


@dataclass(frozen=True, slots=True)
class RowError:
    """A row that cannot become a lead.

    ``value`` is what is wrong: the cell for a bad phone, email or date, the column's header
    for ``too_long``, the number of cells for ``wrong_cell_count``, "" for ``no_contact``.
    """

    line: int
    problem: RowProblem
    value: str


def file_fingerprint(data: bytes) -> str:
    """A short id of the file's content: the same file always gets the same one."""
    return hashlib.sha1(data).hexdigest()[:12]


def read_table(data: bytes) -> CsvTable:
    """Decode ``data``, find its delimiter and split it into the header and the rows.

    Raises CsvReadError when the file is not text or has no header.
    """
    text, encoding = _decode(data)
    delimiter = _sniff_delimiter(text)
    try:
        records = list(_records(text, delimiter))
    except csv.Error as error:
        raise CsvReadError(TableProblem.MALFORMED) from error
    if not records:
        raise CsvReadError(TableProblem.EMPTY)
    header = tuple(cell.strip() for cell in records[0][1])
    return CsvTable(header, tuple(records[1:]), encoding, delimiter, file_fingerprint(data))


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text"
        candidates: Sequence[str] = ("utf-16",)
    else:
        candidates = ENCODINGS
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            break
        if encoding == "utf-8-sig" and not data.startswith(codecs.BOM_UTF8):
            encoding = "utf-8"  # told apart for the user, decoded alike
        return text, encoding
    raise CsvReadError(TableProblem.NOT_TEXT)


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n")
    return "\x00" in sample or controls > len(sample) // 100


def _records(text: str, delimiter: str) -> Iterator[tuple[int, tuple[str, ...]]]:
    """Non-blank records with the line each starts on (quoted cells may span lines)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    last_line = 0
    for record in reader:
        start, last_line = last_line + 1, reader.line_num
        if any(cell.strip() for cell in record):
            yield start, tuple(record)


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first records into the most equal rows of 2+ cells."""

    def score(delimiter: str) -> tuple[int, int]:
        try:
            sample = [cells for _line, cells in
                      itertools.islice(_records(text, delimiter), _SNIFF_RECORDS)]
        except csv.Error:
            return (-1, 0)
        if not sample or len(sample[0]) < 2:
            return (0, 0)
        width = len(sample[0])
        return (sum(1 for cells in sample if len(cells) == width), width)

    return max(DELIMITERS, key=score)


# Header names, normalised (case folded, ё as е, punctuation as spaces), first match wins.
_GUESSES: tuple[tuple[ImportField, str], ...] = (
    (ImportField.EMAIL, r"^(e ?mail|почта|эл почта|электронная почта|email адрес|адрес почты)$"
                        r"|e ?mail|емейл|имейл"),
    (ImportField.VK, r"^(vk|вк|vk id|id vk|вконтакте|vkontakte)$|вконтакте|\bvk\b"),
    (ImportField.PHONE, r"телефон|phone|caller|^номер( абонента| клиента| звонящего)?$"
                        r"|^тел\b|^откуда$|^msisdn$|^мобильный$|^звонящий$"),
    (ImportField.SOURCE, r"^(источник|source|utm source|канал привлечения|откуда узнали)$"
                         r"|^источник"),
    (ImportField.SUBJECT, r"^(тема|subject|заголовок|title)$"),
    (ImportField.RECEIVED_AT, r"^(дата|время|date|time|start|started|start time|datetime"
                              r"|created|created at|создан|создано|дата создания)$"
                              r"|^дата и время|^время (звонка|вызова|начала|поступления|заявки)"
                              r"|^дата (звонка|вызова|заявки|обращения|поступления)"
                              r"|^call (date|time|start)"),
    (ImportField.NAME, r"^(имя|фио|клиент|name|full name|first name|last name|фамилия|отчество"
                       r"|контактное лицо|имя клиента|фио клиента|contact|contact name"
                       r"|customer|посетитель|абонент|собеседник)$"),
    (ImportField.TEXT, r"^(комментари[йи]|сообщение|comments?|notes?|message|текст|вопрос"
                       r"|примечани[ея]|интерес|запрос|компания|организация|company"
                       r"|должность|город|city|описание|description)$|^комментари"),
)


def guess_mapping(header: Sequence[str]) -> dict[int, ImportField]:
    """Guess what every column holds from its name; unknown columns are ignored.

    ``Дата;Время`` maps both to ``received_at`` (they are read together); ``Компания`` and
    ``Интерес`` of an exhibition list go into the lead's text.
    """
    return {index: _guess(name) for index, name in enumerate(header)}


def _guess(name: str) -> ImportField:
    normal = re.sub(r"[\W_]+", " ", name.casefold().replace("ё", "е")).strip()
    for field, pattern in _GUESSES:
        if re.search(pattern, normal):
            return field
    return ImportField.IGNORE


_DATE_FORMATS = ("%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y", "%d.%m.%y %H:%M",
                 "%d.%m.%y %H:%M:%S", "%d.%m.%y")


def parse_moment(value: str, zone: ZoneInfo) -> datetime | None:
    """Read a date as exports write it; a date without an offset is in ``zone``."""
    value = " ".join(value.split())
    moment = None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        for pattern in _DATE_FORMATS:
            try:
                moment = datetime.strptime(value, pattern)
                break
            except ValueError:
                continue
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def parse_rows(table: CsvTable, mapping: Mapping[int, ImportField], zone: ZoneInfo,
               now: datetime) -> Iterator[ImportRow | RowError]:
    """Turn the table's rows into ImportRows, or RowErrors for rows that cannot be leads.

    A row without a date is received ``now`` (aware); a row dated after it is an error.
    """
    width = len(table.header)
    columns = {field: [i for i in sorted(mapping) if mapping[i] is field and i < width]
               for field in ImportField}
    for line, raw_cells in table.rows:
        cells = _fit(raw_cells, width)
        if cells is None:
            yield RowError(line, RowProblem.WRONG_CELL_COUNT, str(len(raw_cells)))
            continue
        yield _parse_row(line, cells, table.header, columns, zone, now)


def _fit(cells: tuple[str, ...], width: int) -> tuple[str, ...] | None:
    """The cells of a row, extra blank cells at its end dropped; None if they do not fit."""
    if len(cells) > width and not any(cell.strip() for cell in cells[width:]):
        cells = cells[:width]
    return cells if len(cells) == width else None


def _parse_row(line: int, cells: tuple[str, ...], header: tuple[str, ...],
               columns: dict[ImportField, list[int]], zone: ZoneInfo,
               now: datetime) -> ImportRow | RowError:
    for field, indexes in columns.items():
        too_long = [i for i in indexes if len(cells[i]) > MAX_CELL_LENGTH]
        if too_long and field is not ImportField.IGNORE:
            return RowError(line, RowProblem.TOO_LONG, header[too_long[0]])

    def first(field: ImportField) -> str:
        return next((cells[i].strip() for i in columns[field] if cells[i].strip()), "")

    def joined(field: ImportField, separator: str = " ") -> str:
        return separator.join(cells[i].strip() for i in columns[field] if cells[i].strip())

    raw_phone, raw_email, raw_vk = (first(f) for f in (
        ImportField.PHONE, ImportField.EMAIL, ImportField.VK))
    phone = normalize_phone(raw_phone) if raw_phone else None
    if raw_phone and phone is None:
        return RowError(line, RowProblem.BAD_PHONE, raw_phone)
    email = normalize_email(raw_email) if raw_email else None
    if raw_email and email is None:
        return RowError(line, RowProblem.BAD_EMAIL, raw_email)
    vk = normalize_vk(raw_vk) if raw_vk else None
    raw_date = joined(ImportField.RECEIVED_AT)
    received_at = parse_moment(raw_date, zone) if raw_date else now
    if received_at is None:
        return RowError(line, RowProblem.BAD_DATE, raw_date)
    if received_at > now + FUTURE_TOLERANCE:
        return RowError(line, RowProblem.FUTURE_DATE, raw_date)
    if not (phone or email or vk):
        return RowError(line, RowProblem.NO_CONTACT, "")
    return ImportRow(
        line=line,
        name=joined(ImportField.NAME),
        phone=phone,
        email=email,
        vk=vk,
        text=_text(cells, header, columns[ImportField.TEXT]),
        subject=joined(ImportField.SUBJECT),
        received_at=received_at,
        source=joined(ImportField.SOURCE) or None,
    )


def _text(cells: tuple[str, ...], header: tuple[str, ...], indexes: list[int]) -> str:
    """One text column as it is; several as lines ``Header: value``. Newlines become \\n."""
    filled = [i for i in indexes if cells[i].strip()]
    if len(indexes) == 1:
        text = cells[indexes[0]].strip()
    else:
        text = "\n".join(f"{header[i]}: {cells[i].strip()}" for i in filled)
    return text.replace("\r\n", "\n").replace("\r", "\n")

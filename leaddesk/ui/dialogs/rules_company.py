"""The Company tab: the requisites printed on invoices, and the company time zone."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.invoice import Requisites, requisites_problems
from leaddesk.services import company, invoices
from leaddesk.services.context import DeskContext
from leaddesk.ui.busy import run_busy
from leaddesk.ui.dialogs.rules_base import OK_COLOR, PROBLEM_COLOR, RulesTab, StatusLine, hint

COMMON_ZONES = (
    "Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara", "Asia/Yekaterinburg", "Asia/Omsk",
    "Asia/Novosibirsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk", "Asia/Vladivostok",
    "Asia/Magadan", "Asia/Kamchatka", "Europe/Minsk", "Asia/Almaty", "Asia/Tashkent",
    "Europe/Berlin", "Europe/Madrid", "Europe/London", "UTC",
)
PROBLEM_FIELD_STYLE = f"QLineEdit {{ border: 1px solid {PROBLEM_COLOR}; padding: 2px; }}"
COMPANY_FIELDS = ("name", "inn", "kpp", "address", "director", "accountant", "phone")
BANK_FIELDS = ("bank_name", "bik", "account", "corr_account")


class CompanyTab(RulesTab):
    """The seller's requisites, checked as typed, and the time zone."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._saved = Requisites()
        self._saved_zone = ""
        captions = self._captions()
        self.fields: dict[str, QLineEdit] = {}
        for key in (*COMPANY_FIELDS, *BANK_FIELDS):
            edit = QLineEdit(self)
            edit.setObjectName(f"requisites_{key}")
            edit.setMaxLength(300)
            edit.textEdited.connect(self._changed)
            self.fields[key] = edit
        self.fields["inn"].setPlaceholderText(self.tr("10 digits, or 12 for an entrepreneur"))
        self.fields["kpp"].setPlaceholderText(self.tr("9 characters"))
        self.fields["bik"].setPlaceholderText(self.tr("9 digits"))
        self.fields["account"].setPlaceholderText(self.tr("20 digits"))
        self.fields["corr_account"].setPlaceholderText(self.tr("20 digits"))

        self.zone_box = QComboBox(self)
        self.zone_box.setObjectName("rulesTimeZone")
        self.zone_box.setEditable(True)
        self.zone_box.addItems(COMMON_ZONES)
        self.zone_box.currentTextChanged.connect(self._changed)
        self.zone_hint = hint("", self)

        company_box = self._group(self.tr("Company"), COMPANY_FIELDS, captions)
        bank_box = self._group(self.tr("Bank"), BANK_FIELDS, captions)
        zone_box = QGroupBox(self.tr("Time zone"), self)
        zone_form = QFormLayout(zone_box)
        zone_form.addRow(self.tr("Zone:"), self.zone_box)
        zone_form.addRow("", self.zone_hint)
        zone_form.addRow("", hint(self.tr("Dates, reports and invoice numbers by year "
                                          "follow this zone."), self))
        right = QVBoxLayout()
        right.addWidget(bank_box)
        right.addWidget(zone_box)
        right.addStretch(1)
        grid = QGridLayout()
        grid.addWidget(company_box, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        self.problems = QLabel(self)
        self.problems.setObjectName("requisitesProblems")
        self.problems.setWordWrap(True)
        self.status = StatusLine(self)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.problems)
        layout.addStretch(1)
        layout.addWidget(self.status)
        self.load()

    def _captions(self) -> dict[str, str]:
        return {
            "name": self.tr("Name:"), "inn": self.tr("INN:"), "kpp": self.tr("KPP:"),
            "address": self.tr("Address:"), "director": self.tr("Director:"),
            "accountant": self.tr("Chief accountant:"), "phone": self.tr("Phone:"),
            "bank_name": self.tr("Bank:"), "bik": self.tr("BIK:"),
            "account": self.tr("Account:"), "corr_account": self.tr("Corr. account:"),
        }

    def _group(self, title: str, keys: tuple[str, ...], captions: dict[str, str]) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        for key in keys:
            form.addRow(captions[key], self.fields[key])
        return box

    def problem_text(self, code: str) -> str:
        """A problem of ``requisites_problems`` in words."""
        return {
            "name_missing": self.tr("The company name is missing."),
            "inn_missing": self.tr("The INN is missing."),
            "bank_name_missing": self.tr("The bank is missing."),
            "bik_missing": self.tr("The BIK is missing."),
            "account_missing": self.tr("The account number is missing."),
            "inn_invalid": self.tr("The INN is wrong: 10 digits for a company, 12 for an "
                                   "entrepreneur, and the check digits must match."),
            "kpp_invalid": self.tr("The KPP is wrong: 9 characters, like 770101001."),
            "bik_invalid": self.tr("The BIK is wrong: it has 9 digits."),
            "account_invalid": self.tr("The account number is wrong: it has 20 digits."),
            "corr_account_invalid": self.tr("The correspondent account is wrong: it has 20 "
                                            "digits."),
        }.get(code, code)

    # reading and showing
    def load(self) -> None:
        self._saved = invoices.requisites(self.context.reader)
        self._saved_zone = company.time_zone(self.context.reader).key
        for key, value in self._saved.to_dict().items():
            self.fields[key].setText(value)
        self.zone_box.blockSignals(True)
        self.zone_box.setCurrentText(self._saved_zone)
        self.zone_box.blockSignals(False)
        self._check()

    def requisites(self) -> Requisites:
        """The requisites as typed."""
        return Requisites.from_dict({key: edit.text() for key, edit in self.fields.items()})

    def zone_name(self) -> str:
        return self.zone_box.currentText().strip()

    def _check(self) -> None:
        order = {key: position for position, key in enumerate(self.fields)}
        codes = sorted(requisites_problems(self.requisites()),
                       key=lambda code: order.get(code.rsplit("_", 1)[0], len(order)))
        wrong = {code.rsplit("_", 1)[0] for code in codes}
        for key, edit in self.fields.items():
            edit.setStyleSheet(PROBLEM_FIELD_STYLE if key in wrong else "")
        if codes:
            self.problems.setStyleSheet(f"color: {PROBLEM_COLOR};")
            self.problems.setText("\n".join(
                [self.tr("Invoices cannot be issued until this is put right:")]
                + ["• " + self.problem_text(code) for code in codes]))
        else:
            self.problems.setStyleSheet(f"color: {OK_COLOR};")
            self.problems.setText(self.tr("The requisites are complete: invoices can be "
                                          "issued."))
        self.zone_hint.setText(self._zone_now())

    def _zone_now(self) -> str:
        try:
            now = datetime.now(UTC).astimezone(ZoneInfo(self.zone_name()))
        except (ZoneInfoNotFoundError, ValueError):
            return self.tr("Unknown time zone: write it like Europe/Moscow.")
        offset = now.strftime("%z")
        return self.tr("Now there: %1 (UTC%2)").replace("%1", now.strftime("%H:%M")).replace(
            "%2", f"{offset[:3]}:{offset[3:]}")

    def _changed(self, *_args) -> None:
        self._check()
        self.status.clear()
        self.edited.emit()

    # saving
    def is_dirty(self) -> bool:
        return self.requisites() != self._saved or self.zone_name() != self._saved_zone

    def save(self) -> bool:
        problems: list[str] = []
        if self.requisites() != self._saved:
            problems = invoices.save_requisites(self.context.uow_factory, self.requisites())
            self._saved = invoices.requisites(self.context.reader)
        if self.zone_name() != self._saved_zone:
            try:
                uow, zone = self.context.uow_factory, self.zone_name()
                run_busy(self, self.tr("Saving the time zone and counting the reports' "
                                       "hours again in it…"),
                         lambda: company.set_time_zone(uow, zone))
            except ValueError:
                text = self.tr("“%1” is not a time zone (write it like Europe/Moscow); "
                               "the zone is not saved.")
                self.status.show_problem(text.replace("%1", self.zone_name()))
                self.zone_box.setFocus()
                return False
            self._saved_zone = self.zone_name()
        if problems:
            self.status.show_problem(self.tr("Saved, but invoices cannot be issued until the "
                                        "problems above are put right."))
        else:
            self.status.show_ok(self.tr("Saved."))
        return True

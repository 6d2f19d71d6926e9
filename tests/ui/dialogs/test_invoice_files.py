"""The card's invoice files: the PDF kept once, saved, opened and emailed with a covering text."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from leaddesk.domain.codes import Direction
from leaddesk.domain.invoice import InvoiceLine
from leaddesk.services.invoices import issue_invoice, save_requisites
from leaddesk.ui.dialogs import invoice_files
from leaddesk.ui.dialogs.invoice_files import (
    SendInvoiceDialog,
    covering_text,
    invoice_file_name,
    invoice_pdf,
    open_invoice,
    save_invoice,
    send_invoice,
)
from tests.helpers.invoices import SELLER
from tests.ui.dialogs.deal_desk import open_deal_desk, pdf_text

ISSUED_AT = datetime(2026, 11, 25, 10, tzinfo=UTC)
LINES = [InvoiceLine("Котёл газовый Baxi", Decimal(1), "шт.", Decimal("46000"))]


def issue(desk) -> int:
    save_requisites(desk.context.uow_factory, SELLER)
    return issue_invoice(desk.context.uow_factory, desk.deal_id, desk.manager, LINES,
                         Decimal(20), "ООО Покупатель", now=ISSUED_AT).id


@pytest.fixture
def desk(sqlite_url, qapp):
    desk = open_deal_desk(sqlite_url)
    yield desk
    desk.context.close()


@pytest.fixture
def told(monkeypatch):
    messages: list[str] = []
    monkeypatch.setattr(invoice_files, "_tell", lambda _parent, _title, text:
                        messages.append(text))
    return messages


def test_the_file_name_is_the_document_name():
    assert invoice_file_name(15, 2026) == "Счёт № 15 от 2026.pdf"


def test_the_pdf_is_made_once_and_kept(desk, monkeypatch):
    invoice_id = issue(desk)
    assert desk.context.reader.invoice_sending(invoice_id).pdf is None
    pdf = invoice_pdf(desk.context, invoice_id)
    assert pdf.startswith(b"%PDF") and "№ 1 от" in pdf_text(pdf)
    assert desk.context.reader.invoice_sending(invoice_id).pdf == pdf
    monkeypatch.setattr(invoice_files, "render_invoice_pdf", lambda _doc: pytest.fail("again"))
    assert invoice_pdf(desk.context, invoice_id) == pdf


def test_saving_asks_where_and_adds_the_extension(desk, tmp_path, monkeypatch, told):
    invoice_id = issue(desk)
    asked = []

    def ask(_parent, _title, start, _filter):
        asked.append(Path(start).name)
        return str(tmp_path / "счёт для клиента"), ""

    monkeypatch.setattr(invoice_files.QFileDialog, "getSaveFileName", staticmethod(ask))
    saved = save_invoice(desk.context, invoice_id)
    assert asked == ["Счёт № 1 от 2026.pdf"]
    assert saved == tmp_path / "счёт для клиента.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert told == []


def test_an_unknown_invoice_is_explained(desk, told):
    assert save_invoice(desk.context, 999) is None
    assert told == ["This invoice no longer exists."]


def test_opening_writes_a_temporary_copy_for_the_viewer(desk, monkeypatch, told):
    invoice_id = issue(desk)
    opened = []
    monkeypatch.setattr(invoice_files.QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    path = open_invoice(desk.context, invoice_id)
    assert opened == [str(path)]
    assert path.name == "Счёт № 1 от 2026.pdf" and path.read_bytes().startswith(b"%PDF")
    assert told == []


def test_sending_queues_the_email_with_the_covering_text(desk, monkeypatch, told):
    invoice_id = issue(desk)
    asked = []

    def ask(_parent, text, file_name):
        asked.append((text, file_name))
        return "Добрый день! Счёт во вложении."

    monkeypatch.setattr(invoice_files, "_ask_text", ask)
    message_id = send_invoice(desk.context, desk.manager, invoice_id)
    assert message_id is not None and told == []
    [(text, file_name)] = asked
    assert text == covering_text(1, "Анна Котова")
    assert text.startswith("Good afternoon!") and text.endswith("Анна Котова")
    assert file_name == "Счёт № 1 от 2026.pdf"
    card = desk.card()
    sent = [m for m in card.messages if m.direction is Direction.OUTBOUND]
    assert [m.text for m in sent] == ["Добрый день! Счёт во вложении."]
    assert card.deal.invoices[0].sent_at is not None and card.deal.invoices[0].has_pdf


def test_cancelling_the_text_sends_nothing(desk, monkeypatch, told):
    invoice_id = issue(desk)
    monkeypatch.setattr(invoice_files, "_ask_text", lambda *_args: None)
    assert send_invoice(desk.context, desk.manager, invoice_id) is None
    assert desk.card().deal.invoices[0].sent_at is None


def test_a_lead_not_from_email_cannot_send_the_invoice(sqlite_url, qapp, monkeypatch, told):
    desk = open_deal_desk(sqlite_url, channel="ВКонтакте")
    try:
        invoice_id = issue(desk)
        monkeypatch.setattr(invoice_files, "_ask_text", lambda *_args: pytest.fail("asked"))
        assert send_invoice(desk.context, desk.manager, invoice_id) is None
        assert told == ["This lead did not come by email, so the invoice cannot be sent from "
                        "here: save it and send it another way."]
    finally:
        desk.context.close()


def test_the_covering_text_dialog(qtbot):
    dialog = SendInvoiceDialog("Добрый день!", "Счёт № 1 от 2026.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "“Счёт № 1 от 2026.pdf”" in dialog.intro.text()
    assert dialog.text() == "Добрый день!" and dialog.ok_button.isEnabled()
    dialog.text_edit.setPlainText("  ")
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.text() == "Write a few words to go with the invoice."
    dialog.text_edit.setPlainText("Счёт во вложении.")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)  # a new line, not sending
    assert dialog.isVisible()
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.text() == "Счёт во вложении."

"""An issued invoice as a file: its PDF (made once and kept), saved, opened or emailed."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.codes import ChannelKind
from leaddesk.services import invoices
from leaddesk.services.context import DeskContext
from leaddesk.services.workflow_errors import NotAllowed
from leaddesk.ui import labels, message_bridge, save_folder
from leaddesk.ui.dialogs.common import accept_on_ctrl_enter, button_box, hint_label
from leaddesk.ui.invoice_pdf import render_invoice_pdf

translate = QCoreApplication.translate

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def _not_email() -> str:
    return translate("invoice_files", "This lead did not come by email, so the invoice cannot "
                                      "be sent from here: save it and send it another way.")


def _no_invoice() -> str:
    return translate("invoice_files", "This invoice no longer exists.")


def invoice_file_name(number: int, year: int) -> str:
    """``Счёт № 15 от 2026.pdf``: the name of the document, safe on every file system."""
    name = f"Счёт № {number} от {year}"
    return " ".join(_UNSAFE.sub("_", name).split()).strip(". ") + ".pdf"


def invoice_pdf(context: DeskContext, invoice_id: int) -> bytes:
    """The invoice's PDF as kept with it; made and kept first when it has none yet.

    Raises NotAllowed("no_invoice") for an unknown invoice.
    """
    info = context.reader.invoice_sending(invoice_id)
    if info is None:
        raise NotAllowed("no_invoice")
    if info.pdf:
        return info.pdf
    document = context.reader.invoice_document(invoice_id)
    if document is None:
        raise NotAllowed("no_invoice")
    pdf = render_invoice_pdf(document)
    invoices.store_invoice_pdf(context.uow_factory, invoice_id, pdf)
    return pdf


def _file(context: DeskContext, invoice_id: int) -> tuple[str, bytes]:
    info = context.reader.invoice_sending(invoice_id)
    if info is None:
        raise NotAllowed("no_invoice")
    return invoice_file_name(info.number, info.year), invoice_pdf(context, invoice_id)


def _tell(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def _failed(parent: QWidget | None, title: str, error: Exception) -> None:
    if isinstance(error, NotAllowed):
        _tell(parent, title, _no_invoice() if error.code == "no_invoice"
              else labels.problem(error.code))
    else:
        message_bridge.error(title, error)


def save_invoice(context: DeskContext, invoice_id: int, parent: QWidget | None = None
                 ) -> Path | None:
    """Ask where to save the PDF and save it there. Returns the file, or None."""
    title = translate("invoice_files", "Save the invoice")
    try:
        name, pdf = _file(context, invoice_id)
    except Exception as error:
        _failed(parent, title, error)
        return None
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(save_folder.start_folder() / name),
        translate("invoice_files", "PDF files (*.pdf)"))
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    try:
        target.write_bytes(pdf)
    except OSError as error:
        _tell(parent, title, translate("invoice_files", "The file cannot be saved: %1")
              .replace("%1", error.strerror or str(error)))
        return None
    save_folder.remember(target)
    return target


def open_invoice(context: DeskContext, invoice_id: int, parent: QWidget | None = None
                 ) -> Path | None:
    """Show the PDF in the system's viewer (from a copy in a temporary folder)."""
    title = translate("invoice_files", "Open the invoice")
    try:
        name, pdf = _file(context, invoice_id)
        target = Path(tempfile.mkdtemp(prefix="leaddesk-invoice-")) / name
        target.write_bytes(pdf)
    except Exception as error:
        _failed(parent, title, error)
        return None
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
        _tell(parent, title, translate("invoice_files", "No program to show PDF files was "
                                                        "found. Save the invoice and open it "
                                                        "another way."))
    return target


class SendInvoiceDialog(QDialog):
    """The covering text of the email that carries the invoice (Ctrl+Enter sends)."""

    def __init__(self, text: str, file_name: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send the invoice"))
        self.setObjectName("sendInvoiceDialog")
        self.resize(480, 320)
        self.intro = QLabel(self.tr("The customer gets this text by email, with “%1” "
                                    "attached.").replace("%1", file_name), self)
        self.intro.setWordWrap(True)
        self.text_edit = QPlainTextEdit(text, self)
        self.text_edit.setObjectName("sendInvoiceText")
        self.text_edit.setTabChangesFocus(True)
        accept_on_ctrl_enter(self, self.text_edit)
        keys = QLabel(self.tr("Ctrl+Enter sends."), self)
        keys.setStyleSheet("color: #555;")
        self.hint = hint_label(self)
        self.buttons, self.ok_button = button_box(self, self.tr("Send"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(keys)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.text_edit, self.buttons)
        self.text_edit.textChanged.connect(self._update)
        self.text_edit.setFocus()
        self._update()

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def _update(self) -> None:
        empty = not self.text()
        self.hint.setText(self.tr("Write a few words to go with the invoice.") if empty else "")
        self.ok_button.setEnabled(not empty)

    def accept(self) -> None:
        if self.text():
            super().accept()


def covering_text(number: int, sender: str) -> str:
    """The default text of the email with invoice ``number``, signed by ``sender``."""
    return translate("invoice_files", "Good afternoon!\n\nPlease find attached invoice No. %1 "
                                      "for payment.\n\nKind regards,\n%2") \
        .replace("%1", str(number)).replace("%2", sender).strip()


def _ask_text(parent: QWidget | None, text: str, file_name: str) -> str | None:
    dialog = SendInvoiceDialog(text, file_name, parent)
    try:
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def send_invoice(context: DeskContext, me_id: int, invoice_id: int,
                 parent: QWidget | None = None) -> int | None:
    """Ask for the covering text, then queue the email with the PDF in the lead's email
    channel. Returns the message id, or None when nothing was sent."""
    title = translate("invoice_files", "Send the invoice")
    info = context.reader.invoice_sending(invoice_id)
    if info is None:
        _tell(parent, title, _no_invoice())
        return None
    if info.channel_kind != ChannelKind.EMAIL.value:
        _tell(parent, title, _not_email())
        return None
    name = invoice_file_name(info.number, info.year)
    sender = next((user.name for user in context.reader.users() if user.id == me_id), "")
    text = _ask_text(parent, covering_text(info.number, sender), name)
    if text is None:
        return None
    try:
        invoice_pdf(context, invoice_id)  # made and kept now if it was not yet
        return invoices.queue_invoice_email(context.uow_factory, context.reader, invoice_id,
                                            me_id, text, name)
    except NotAllowed as error:
        _tell(parent, title, _not_email() if error.code == "not_email"
              else _no_invoice() if error.code == "no_invoice" else labels.problem(error.code))
    except Exception as error:
        message_bridge.error(title, error)
    return None

"""The lead card beside the inbox: actions on top, the lead (contact, channel, thread,
deal, invoices, history) in the middle, the reply and note composer at the bottom."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.codes import ChannelKind, Direction, Warmth
from leaddesk.domain.lead_card import LeadCard, ThreadMessage
from leaddesk.domain.mail import quote_text
from leaddesk.services import outbox, queries
from leaddesk.services.ports import ReadModel
from leaddesk.services.workflow_errors import NotAllowed
from leaddesk.ui import labels, lead_card_html, message_bridge, save_folder
from leaddesk.ui.lead_actions import LeadActions
from leaddesk.ui.ops import QueryOp

_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_file_name(name: str, fallback: str) -> str:
    """A file name as a sender gave it, made safe to offer in a save dialog."""
    cleaned = " ".join(_UNSAFE_NAME.sub("_", name or "").split()).strip(". ")
    return cleaned[:200] or fallback


def _write_file(target: Path, data: bytes | None) -> Path:
    if data is None:
        raise NotAllowed("no_file")
    target.write_bytes(data)
    return target


class CardBrowser(QTextBrowser):
    """The card's text browser: it shows what it is given and fetches nothing.

    The card has no pictures of its own, and a mail's HTML must never make the desk reach
    the network (a tracking pixel tells the sender the mail was read, and where) nor read
    a local file, so every resource is refused, whatever its URL.
    """

    def loadResource(self, kind: int, url: QUrl) -> Any:
        return None


class LeadCardView(QWidget):
    """Shows one lead; loads it off the GUI thread.

    Signals:
        loaded(int): the card of this lead id is on screen.
    """

    loaded = Signal(int)

    def __init__(self, reader: ReadModel, zone: ZoneInfo, parent=None,
                 actions: LeadActions | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self._zone = zone
        self._lead_id: int | None = None
        self._card: LeadCard | None = None
        self.actions = actions
        self._drafts: dict[int, str] = {}
        self._stack = QStackedWidget(self)
        self._placeholder = QLabel(self.tr("Select a lead to see the conversation."), self)
        self._placeholder.setWordWrap(True)
        self._placeholder.setStyleSheet("color:#777; padding:24px")
        self.browser = CardBrowser(self)
        self.browser.setObjectName("leadCard")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._on_link)
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(4)
        self.buttons: dict[str, QAction] = {}
        if actions is not None:
            page_layout.addWidget(self._build_action_bar(actions))
        page_layout.addWidget(self.browser, 1)
        if actions is not None:
            page_layout.addWidget(self._build_composer(actions))
        self._stack.addWidget(self._placeholder)
        self._stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

    # building
    def _build_action_bar(self, actions: LeadActions) -> QToolBar:
        """A tool bar: when the card is narrow the last actions fold into its » menu."""
        bar = QToolBar(self)
        bar.setObjectName("leadActions")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        entries = [
            ("take", self.tr("Take"), "T", actions.take),
            ("assign", self.tr("Assign…"), "A", actions.assign),
            ("reject", self.tr("Reject…"), "X", actions.reject),
            ("postpone", self.tr("Postpone…"), "P", actions.postpone),
            ("reopen", self.tr("Reopen"), "O", actions.reopen),
            ("convert", self.tr("Convert to deal…"), "C", actions.convert),
            ("invoice", self.tr("Invoice…"), "I", actions.invoice),
        ]
        for code, text, key, slot in entries:
            action = bar.addAction(text, slot)
            action.setObjectName(f"action_{code}")
            action.setToolTip(self.tr("%1 (key %2)").replace("%1", text.rstrip("…"))
                              .replace("%2", key))
            self.buttons[code] = action
        menu = QMenu(bar)
        for warmth in Warmth:
            menu.addAction(self.tr("Warmth: %1").replace("%1", labels.warmth(warmth)),
                           lambda w=warmth: actions.set_warmth(w))
        menu.addSeparator()
        self.won_action = menu.addAction(self.tr("Deal won"), lambda: actions.close_deal(True))
        self.lost_action = menu.addAction(self.tr("Deal lost…"),
                                          lambda: actions.close_deal(False))
        menu.addSeparator()
        menu.addAction(self.tr("Merge contact with…"), actions.merge_contact)
        more = QToolButton(bar)
        more.setObjectName("action_more")
        more.setText(self.tr("More"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more.setMenu(menu)
        self.buttons["more"] = bar.addWidget(more)
        return bar

    def _build_composer(self, actions: LeadActions) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.setSpacing(4)
        self.composer = QPlainTextEdit(box)
        self.composer.setObjectName("composer")
        self.composer.setPlaceholderText(
            self.tr("Write a reply to the customer or a note for the team… "
                    "(Ctrl+T inserts a template, Ctrl+Enter sends)"))
        self.composer.setFixedHeight(self.fontMetrics().height() * 5)
        row = QHBoxLayout()
        self.template_button = QPushButton(self.tr("Template…"), box)
        self.template_button.clicked.connect(self.insert_template)
        self.quote_button = QPushButton(self.tr("Quote"), box)
        self.quote_button.setObjectName("quoteButton")
        self.quote_button.setToolTip(self.tr("Insert the customer's last message as a quote"))
        self.quote_button.clicked.connect(self.insert_quote)
        self.quote_button.setVisible(False)
        self.note_button = QPushButton(self.tr("Add note"), box)
        self.note_button.clicked.connect(self.save_note)
        self.reply_button = QPushButton(self.tr("Send reply"), box)
        self.reply_button.setObjectName("replyButton")
        self.reply_button.clicked.connect(self.send_reply)
        row.addWidget(self.template_button)
        row.addWidget(self.quote_button)
        row.addStretch(1)
        row.addWidget(self.note_button)
        row.addWidget(self.reply_button)
        layout.addWidget(self.composer)
        layout.addLayout(row)
        send = QShortcut(QKeySequence("Ctrl+Return"), self.composer)
        send.activated.connect(self.send_reply)
        template = QShortcut(QKeySequence("Ctrl+T"), self)
        template.activated.connect(self.insert_template)
        return box

    # showing
    @property
    def lead_id(self) -> int | None:
        return self._lead_id

    @property
    def card(self) -> LeadCard | None:
        return self._card

    def set_zone(self, zone: ZoneInfo) -> None:
        self._zone = zone
        if self._card is not None:
            self._show(self._card)

    def show_lead(self, lead_id: int | None) -> None:
        if lead_id != self._lead_id and self.actions is not None:
            self._keep_draft()
        self._lead_id = lead_id
        if lead_id is None:
            self._card = None
            self._stack.setCurrentWidget(self._placeholder)
            self.update_actions()
            return
        reader = self._reader
        QueryOp(lambda: queries.lead_card(reader, lead_id), what=self.tr("Opening the lead")) \
            .success(lambda card, wanted=lead_id: self._on_loaded(wanted, card)).run()

    def refresh(self) -> None:
        self.show_lead(self._lead_id)

    def _on_loaded(self, wanted: int, card: LeadCard | None) -> None:
        if wanted != self._lead_id:
            return  # the user moved on meanwhile
        if card is None:
            self._card = None
            # in team mode a lead given to someone else leaves a manager's sight at once
            self._placeholder.setText(self.tr("This lead is not yours to see any more: it was "
                                              "given to someone else, or it no longer "
                                              "exists."))
            self._stack.setCurrentWidget(self._placeholder)
            self.update_actions()
            return
        self._show(card)
        self.loaded.emit(card.lead_id)

    def _show(self, card: LeadCard) -> None:
        same_lead = self._card is not None and self._card.lead_id == card.lead_id
        scroll = self.browser.verticalScrollBar().value() if same_lead else 0
        self._card = card
        self.browser.setHtml(lead_card_html.render(card, self._zone))
        self.browser.verticalScrollBar().setValue(scroll)
        self._stack.setCurrentWidget(self._stack.widget(1))
        if self.actions is not None and not same_lead:
            self.composer.setPlainText(self._drafts.pop(card.lead_id, ""))
        self.update_actions()

    def update_actions(self) -> None:
        if self.actions is None:
            return
        allowed = self.actions.available(self._card)
        for code, button in self.buttons.items():
            button.setEnabled(allowed.get(code, self._card is not None))
        self.won_action.setEnabled(allowed["deal_won"])
        self.lost_action.setEnabled(allowed["deal_lost"])
        for widget in (self.composer, self.note_button, self.reply_button,
                       self.template_button):
            widget.setEnabled(allowed["note"])
        email = self._card is not None and self._card.channel is ChannelKind.EMAIL
        self.quote_button.setVisible(email)
        self.quote_button.setEnabled(email and allowed["reply"]
                                     and self._last_inbound() is not None)

    # the composer: a draft stays with its lead until sent, even when the user looks away
    def _keep_draft(self) -> None:
        if self._lead_id is not None and self.composer.toPlainText().strip():
            self._drafts[self._lead_id] = self.composer.toPlainText()

    def send_reply(self) -> None:
        text = self.composer.toPlainText()
        if self.actions is None or not text.strip():
            return
        self.actions.reply(text, self.composer.clear)

    def save_note(self) -> None:
        text = self.composer.toPlainText()
        if self.actions is None or not text.strip():
            return
        self.actions.note(text)
        self.composer.clear()

    def insert_template(self) -> None:
        from leaddesk.ui.dialogs.template_picker import TemplatePicker

        if self.actions is None or self._card is None:
            return
        picker = TemplatePicker(self._reader.templates(),
                                self.actions.template_values(self._card), self)
        if picker.exec() and picker.text():
            self.composer.insertPlainText(picker.text())
            self.composer.setFocus()

    def _last_inbound(self) -> ThreadMessage | None:
        messages = self._card.messages if self._card is not None else ()
        return next((m for m in reversed(messages) if m.direction is Direction.INBOUND), None)

    def insert_quote(self) -> None:
        """The customer's last message as ``> `` lines after what is written; the cursor
        stays before the quote, where the answer goes."""
        message = self._last_inbound()
        if self.actions is None or message is None:
            return
        local = message.sent_at.astimezone(self._zone)
        quote = quote_text(message.text, message.author or self._card.contact_name,
                           f"{local:%d.%m.%Y %H:%M}")
        cursor = self.composer.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        where = cursor.position()
        cursor.insertText(quote)
        cursor.setPosition(where)
        self.composer.setTextCursor(cursor)
        self.composer.ensureCursorVisible()
        self.composer.setFocus()

    # links in the card: leaddesk:<what>/<verb>/<id>
    def _on_link(self, url: QUrl) -> None:
        """``leaddesk:invoice/open/12``, ``leaddesk:attachment/save/7``,
        ``leaddesk:raw/save/31``, ``leaddesk:message/retry/31``."""
        if url.scheme() in ("http", "https"):  # a link the person chose to open
            QDesktopServices.openUrl(url)
            return
        if url.scheme() != "leaddesk":
            return
        parts = url.path().split("/")
        if len(parts) != 3 or not parts[2].isdigit():
            return
        what, verb, number = parts[0], parts[1], int(parts[2])
        if (what, verb) == ("attachment", "save"):
            self.save_attachment(number)
        elif (what, verb) == ("raw", "save"):
            self.save_original(number)
        elif (what, verb) == ("message", "retry"):
            self.retry_message(number)
        elif what == "invoice":
            self._on_invoice_link(verb, number)

    def _on_invoice_link(self, verb: str, invoice_id: int) -> None:
        from leaddesk.ui.dialogs import invoice_files

        if self.actions is None:
            return
        context, me = self.actions.context, self.actions.me
        if verb == "open":
            invoice_files.open_invoice(context, invoice_id)
        elif verb == "save":
            invoice_files.save_invoice(context, invoice_id, self)
        elif verb == "send" and me is not None:
            invoice_files.send_invoice(context, me.id, invoice_id, self)
            self.refresh()

    def _ask_target(self, title: str, name: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, title, str(save_folder.start_folder() / name))
        return Path(chosen) if chosen else None

    def _save(self, title: str, name: str, read) -> None:
        target = self._ask_target(title, name)
        if target is None:
            return

        def saved(path: Path) -> None:
            save_folder.remember(path)

        def failed(error: Exception) -> None:
            if isinstance(error, NotAllowed):
                QMessageBox.information(self, title, labels.problem(error.code))
            elif isinstance(error, OSError):
                QMessageBox.information(
                    self, title, self.tr("The file cannot be saved: %1")
                    .replace("%1", error.strerror or str(error)))
            else:
                message_bridge.error(title, error)

        QueryOp(lambda: _write_file(target, read()), what=title) \
            .success(saved).failure(failed).run()

    def save_attachment(self, attachment_id: int) -> None:
        """Ask where, then read the file from the database and write it there."""
        card = self._card
        known = next((a for m in (card.messages if card else ()) for a in m.attachments
                      if a.attachment_id == attachment_id), None)
        if known is None:
            return
        reader = self._reader

        def read() -> bytes | None:
            found = reader.attachment(attachment_id)
            return None if found is None else found[2]

        self._save(self.tr("Save the file"), safe_file_name(known.name, "attachment"), read)

    def save_original(self, message_id: int) -> None:
        """The mail exactly as it came (an .eml file any mail program opens)."""
        reader = self._reader
        self._save(self.tr("Save the original message"),
                   self.tr("message-%1.eml").replace("%1", str(message_id)),
                   lambda: reader.message_raw(message_id))

    def retry_message(self, message_id: int) -> None:
        """Put a failed answer back in the queue now, then show it waiting."""
        if self.actions is None:
            return
        uow_factory, title = self.actions.context.uow_factory, self.tr("Sending again")

        def failed(error: Exception) -> None:
            self.refresh()
            if isinstance(error, NotAllowed):
                QMessageBox.information(self, title, labels.problem(error.code))
            else:
                message_bridge.error(title, error)

        QueryOp(lambda: outbox.retry_now(uow_factory, message_id), what=title) \
            .success(lambda _result: self.refresh()).failure(failed).run()

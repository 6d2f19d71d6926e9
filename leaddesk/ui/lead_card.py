"""The lead card beside the inbox: actions on top, the lead (contact, channel, thread,
deal, invoices, history) in the middle, the reply and note composer at the bottom."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.codes import Warmth
from leaddesk.domain.lead_card import LeadCard
from leaddesk.services import queries
from leaddesk.services.ports import ReadModel
from leaddesk.ui import labels, lead_card_html
from leaddesk.ui.lead_actions import LeadActions
from leaddesk.ui.ops import QueryOp


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
        self.browser = QTextBrowser(self)
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
        self.note_button = QPushButton(self.tr("Add note"), box)
        self.note_button.clicked.connect(self.save_note)
        self.reply_button = QPushButton(self.tr("Send reply"), box)
        self.reply_button.setObjectName("replyButton")
        self.reply_button.clicked.connect(self.send_reply)
        row.addWidget(self.template_button)
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
            self._placeholder.setText(self.tr("This lead no longer exists."))
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

    def _on_link(self, url: QUrl) -> None:
        """``leaddesk:invoice/open/12`` and friends, from the invoice list in the card."""
        from leaddesk.ui.dialogs import invoice_files

        if url.scheme() != "leaddesk" or self.actions is None:
            return
        parts = url.path().split("/")
        if len(parts) != 3 or parts[0] != "invoice" or not parts[2].isdigit():
            return
        invoice_id, context, me = int(parts[2]), self.actions.context, self.actions.me
        if parts[1] == "open":
            invoice_files.open_invoice(context, invoice_id)
        elif parts[1] == "save":
            invoice_files.save_invoice(context, invoice_id, self)
        elif parts[1] == "send" and me is not None:
            invoice_files.send_invoice(context, me.id, invoice_id, self)
            self.refresh()

"""The lead card beside the inbox: contact, channel and source, the thread, the history."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QTextBrowser, QVBoxLayout, QWidget

from leaddesk.domain.lead_card import LeadCard
from leaddesk.services import queries
from leaddesk.services.ports import ReadModel
from leaddesk.ui import lead_card_html
from leaddesk.ui.ops import QueryOp


class LeadCardView(QWidget):
    """Shows one lead; loads it off the GUI thread.

    Signals:
        loaded(int): the card of this lead id is on screen.
    """

    loaded = Signal(int)

    def __init__(self, reader: ReadModel, zone: ZoneInfo, parent=None) -> None:
        super().__init__(parent)
        self._reader = reader
        self._zone = zone
        self._lead_id: int | None = None
        self._card: LeadCard | None = None
        self._stack = QStackedWidget(self)
        self._placeholder = QLabel(self.tr("Select a lead to see the conversation."), self)
        self._placeholder.setWordWrap(True)
        self._placeholder.setStyleSheet("color:#777; padding:24px")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("leadCard")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self._stack.addWidget(self._placeholder)
        self._stack.addWidget(self.browser)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

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
        self._lead_id = lead_id
        if lead_id is None:
            self._card = None
            self._stack.setCurrentWidget(self._placeholder)
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
            return
        self._show(card)
        self.loaded.emit(card.lead_id)

    def _show(self, card: LeadCard) -> None:
        same_lead = self._card is not None and self._card.lead_id == card.lead_id
        scroll = self.browser.verticalScrollBar().value() if same_lead else 0
        self._card = card
        self.browser.setHtml(lead_card_html.render(card, self._zone))
        self.browser.verticalScrollBar().setValue(scroll)
        self._stack.setCurrentWidget(self.browser)

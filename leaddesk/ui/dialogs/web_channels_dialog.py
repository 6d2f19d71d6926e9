"""Desk → Website: chat and forms. The web chat and web-form channels with the sites they
serve, New chat… / New form channel… / Settings…, and the intake service's public address
that the snippets pasted into the sites point to."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.codes import ChannelKind
from leaddesk.domain.webchat import normalize_origin
from leaddesk.services.context import DeskContext
from leaddesk.services.web_channels import (
    WebSetupInvalid,
    public_url,
    set_public_url,
    site_channels,
)
from leaddesk.ui import labels, message_bridge
from leaddesk.ui.dialogs.common import hint_label
from leaddesk.ui.dialogs.rules_base import HINT_COLOR, StatusLine, button, hint
from leaddesk.ui.dialogs.web_chat_form import Editing, WebChatForm
from leaddesk.ui.dialogs.web_form_generator import WebFormGenerator
from leaddesk.ui.ops import QueryOp

log = logging.getLogger(__name__)


class WebChannelsDialog(QDialog):
    """The website channels in a table (name, kind, allowed sites) and the intake
    service's public address.

    Signals:
        loaded(): the table and the address show what was read last.
        changed(int): a channel was added or changed (its id; 0: the address).
    """

    loaded = Signal()
    changed = Signal(int)
    NAME, KIND, SITES = range(3)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.entries: list[Editing] = []
        self.url = ""
        self._select_after: int | None = None
        self._open_after: int | None = None
        self.setObjectName("webChannelsDialog")
        self.setWindowTitle(self.tr("Website: chat and forms"))
        self.resize(820, 520)

        intro = QLabel(self.tr("Visitors of your sites write to the chat or send a form; "
                               "each conversation and each form sent becomes a lead."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("webChannelsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Kind"),
                                              self.tr("Allowed sites")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.doubleClicked.connect(lambda _index: self.open_settings())
        self.new_chat_button = button(self.tr("New chat…"), self, self.new_chat)
        self.new_chat_button.setObjectName("newChat")
        self.new_form_button = button(self.tr("New form channel…"), self,
                                      self.new_form_channel)
        self.new_form_button.setObjectName("newFormChannel")
        self.settings_button = button(self.tr("Settings…"), self, self.open_settings,
                                      self.tr("A chat's sites and words; a form channel's "
                                              "forms"))
        self.settings_button.setObjectName("channelSettings")
        self.status = StatusLine(self)
        buttons = QHBoxLayout()
        for widget in (self.new_chat_button, self.new_form_button, self.settings_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.status, 1)

        address = QGroupBox(self.tr("Intake service address"), self)
        self.url_edit = QLineEdit(address)
        self.url_edit.setObjectName("publicUrl")
        self.url_edit.setMaxLength(500)
        self.url_edit.setPlaceholderText("https://leads.yourshop.ru")
        self.url_edit.textChanged.connect(self._url_typed)
        self.url_edit.returnPressed.connect(self.save_url)
        self.save_url_button = button(self.tr("Save"), address, self.save_url)
        self.save_url_button.setObjectName("saveUrl")
        self.url_hint = hint_label(address)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url_edit, 1)
        url_row.addWidget(self.save_url_button)
        address_layout = QVBoxLayout(address)
        address_layout.addWidget(hint(self.tr(
            "The address where sites reach LeadDesk's intake service, e.g. "
            "https://leads.yourshop.ru; the chat line and the forms' HTML point to it, so "
            "copy them again after changing it."), address))
        address_layout.addLayout(url_row)
        address_layout.addWidget(self.url_hint)

        close = button(self.tr("Close"), self, self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addSpacing(6)
        layout.addWidget(address)
        layout.addLayout(bottom)
        self._enable()
        self._url_typed()
        self.refresh()

    # reading
    def refresh(self, select: int | None = None) -> None:
        """Read the channels and the address again (off the GUI thread)."""
        self._select_after = select if select is not None else self.selected_id()
        reader = self.context.reader
        QueryOp(lambda: (site_channels(reader), public_url(reader)),
                what=self.tr("Reading the website channels")) \
            .success(lambda answer: self._answered(*answer)).failure(self._not_read).run()

    def _not_read(self, error: Exception) -> None:
        log.warning("reading the website channels failed", exc_info=error)
        if shiboken6.isValid(self):
            self.status.show_problem(self.tr("The channels cannot be read: %1").replace(
                "%1", str(error) or type(error).__name__))

    def _answered(self, entries: list[Editing], url: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.entries = entries
        typed = self.url_edit.text().strip()
        if not typed or typed == self.url:  # what is being typed stays
            self.url_edit.setText(url)
        self.url = url
        self._url_typed()
        self.table.blockSignals(True)
        self.table.setRowCount(len(entries))
        for row, (channel, settings) in enumerate(entries):
            sites = ", ".join(settings.origins)
            cells = {self.NAME: channel.name, self.KIND: labels.channel(channel.kind),
                     self.SITES: sites or self.tr("none yet: no site can use it")}
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, channel.id)
                item.setToolTip(text if column != self.SITES or sites
                                else self.tr("Settings… to add the sites"))
                if column == self.SITES and not sites:
                    item.setForeground(QColor(HINT_COLOR))
                self.table.setItem(row, column, item)
        for column in (self.NAME, self.KIND):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 280))
        ids = [c.id for c, _s in entries]
        self.table.clearSelection()
        if entries:
            wanted = self._select_after
            self.table.selectRow(ids.index(wanted) if wanted in ids else 0)
        self.table.blockSignals(False)
        self._enable()
        self.loaded.emit()
        opening, self._open_after = self._open_after, None
        if opening in ids:
            self._open_window(self.make_settings(self.entries[ids.index(opening)]))

    # selection
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()][0].id if rows else None

    def selected(self) -> Editing | None:
        wanted = self.selected_id()
        return next((e for e in self.entries if e[0].id == wanted), None)

    def row_of(self, channel_id: int) -> int | None:
        ids = [c.id for c, _s in self.entries]
        return ids.index(channel_id) if channel_id in ids else None

    def _enable(self) -> None:
        self.settings_button.setEnabled(self.selected_id() is not None)

    # the windows (tests open them without showing them modal)
    def make_chat_form(self, editing: Editing | None = None,
                       kind: ChannelKind = ChannelKind.WEBCHAT) -> WebChatForm:
        form = WebChatForm(self.context, self, editing=editing, kind=kind, url=self.url or None)
        form.saved.connect(self._channel_saved)
        return form

    def make_generator(self, editing: Editing) -> WebFormGenerator:
        generator = WebFormGenerator(self.context, editing[0], editing[1], self,
                                     url=self.url or None)
        generator.saved.connect(lambda _spec: self._channel_saved(editing[0].id))
        return generator

    def make_settings(self, editing: Editing) -> QDialog:
        """A chat's settings, or a form channel's generator."""
        if editing[0].kind is ChannelKind.WEBFORM:
            return self.make_generator(editing)
        return self.make_chat_form(editing)

    def _open_window(self, window: QDialog) -> None:
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.open()

    def new_chat(self) -> None:
        self._open_window(self.make_chat_form())

    def new_form_channel(self) -> None:
        """Name and sites first; once made, the generator opens for its forms."""
        form = self.make_chat_form(kind=ChannelKind.WEBFORM)
        form.saved.connect(self._open_generator_after)
        self._open_window(form)

    def _open_generator_after(self, channel_id: int) -> None:
        self._open_after = channel_id

    def open_settings(self) -> None:
        editing = self.selected()
        if editing is not None:
            self._open_window(self.make_settings(editing))

    def _channel_saved(self, channel_id: int) -> None:
        if shiboken6.isValid(self):
            self.refresh(select=channel_id)
            self.changed.emit(channel_id)

    # the public address
    def url_problem(self) -> str:
        typed = self.url_edit.text().strip()
        if not typed:
            return self.tr("Enter the address, e.g. https://leads.yourshop.ru")
        if normalize_origin(typed) is None:
            return self.tr("Write the whole address with https:// (or http://), e.g. "
                           "https://leads.yourshop.ru")
        return ""

    def _url_typed(self) -> None:
        problem = self.url_problem()
        self.url_hint.setText(problem)
        self.url_hint.setVisible(bool(problem))
        self.save_url_button.setEnabled(not problem
                                        and self.url_edit.text().strip() != self.url)

    def save_url(self) -> None:
        if self.url_problem() or not self.save_url_button.isEnabled():
            return
        uow, typed = self.context.uow_factory, self.url_edit.text().strip()
        self.save_url_button.setEnabled(False)
        QueryOp(lambda: set_public_url(uow, typed)).success(self._url_saved) \
            .failure(self._url_not_saved).run()

    def _url_saved(self, url: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.url = url
        self.url_edit.setText(url)
        self._url_typed()
        self.status.show_ok(self.tr("Address saved. Copy the chat line and the forms' "
                                    "HTML into the sites again."))
        self.changed.emit(0)

    def _url_not_saved(self, error: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self._url_typed()
        if isinstance(error, WebSetupInvalid):
            self.url_hint.setText(self.url_problem() or self.tr(
                "Write the whole address with https:// (or http://), e.g. "
                "https://leads.yourshop.ru"))
            self.url_hint.show()
        else:
            message_bridge.error(self.tr("Saving the intake service's address"), error)

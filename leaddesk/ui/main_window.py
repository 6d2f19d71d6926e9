"""The main window: quick filters and the inbox on the left, the lead card on the right."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.changes import ChangeSet
from leaddesk.domain.codes import Entity, Role
from leaddesk.services import company
from leaddesk.services.context import DeskContext
from leaddesk.services.ports import UserInfo
from leaddesk.ui import labels, message_bridge
from leaddesk.ui.change_watcher import ChangeWatcher
from leaddesk.ui.filter_bar import FilterBar
from leaddesk.ui.inbox_model import COLUMNS, InboxModel
from leaddesk.ui.lead_card import LeadCardView
from leaddesk.ui.ops import taskman

TICK_MS = 30_000
DEFAULT_WIDTHS = {"channel": 95, "received": 100, "contact": 150, "subject": 300,
                  "status": 85, "assignee": 120, "warmth": 82, "waiting": 85}


class MainWindow(QMainWindow):
    """The desk. Follows the change log and refreshes what changed."""

    def __init__(self, context: DeskContext, me: UserInfo | None, settings: QSettings,
                 *, follow_changes: bool = True, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.me = me
        self._settings = settings
        self.zone = company.time_zone(context.reader)
        self.setWindowTitle(self.tr("LeadDesk"))
        self.setObjectName("mainWindow")

        self.filter_bar = FilterBar(self)
        self.filter_bar.set_me(me.id if me else None)
        self.model = InboxModel(context.reader, self.zone, self)
        self.table = QTableView(self)
        self.table.setObjectName("inbox")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        for column, width in DEFAULT_WIDTHS.items():
            self.table.setColumnWidth(COLUMNS.index(column), width)
        header.setSectionResizeMode(COLUMNS.index("subject"), QHeaderView.ResizeMode.Stretch)

        self.card = LeadCardView(context.reader, self.zone, self)
        self._keep_selection = False  # True while a refresh puts the selection back
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.setCentralWidget(self.splitter)

        self._build_status_bar()
        self._build_menus()
        self._build_shortcuts()

        self.filter_bar.filterChanged.connect(self._apply_filter)
        self.filter_bar.leaveSearch.connect(self.table.setFocus)
        self.model.countChanged.connect(self._show_count)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._on_model_reset)

        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.model.tick)
        self._tick.start()

        self.watcher: ChangeWatcher | None = None
        if follow_changes:
            self.watcher = ChangeWatcher(context.open_change_feed, self)
            self.watcher.changesArrived.connect(self.apply_changes)
            self.watcher.connectionLost.connect(self._on_connection_lost)
            self.watcher.connectionRestored.connect(self._on_connection_restored)
            self.watcher.start()

        self._restore_state()
        self.model.set_filter(self.filter_bar.current())
        self.select_row(0)
        self.table.setFocus()
        message_bridge.attach(self._show_message)

    # building
    def _build_status_bar(self) -> None:
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.connection_label = QLabel(self)
        self.user_label = QLabel(self)
        self.database_label = QLabel(self.context.database_label, self)
        self.database_label.setStyleSheet("color:#777")
        bar = self.statusBar()
        bar.addWidget(self.count_label)
        bar.addWidget(self.connection_label)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.database_label)
        self._show_user()

    def _build_menus(self) -> None:
        desk = self.menuBar().addMenu(self.tr("&Desk"))
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(self.refresh)
        desk.addAction(refresh)
        self.work_as = desk.addMenu(self.tr("&Work as"))
        group = QActionGroup(self)
        for user in self.context.reader.users():
            if not user.active:
                continue
            action = QAction(f"{user.name} ({labels.role(Role(user.role))})", self)
            action.setCheckable(True)
            action.setChecked(self.me is not None and user.id == self.me.id)
            action.triggered.connect(lambda _checked=False, u=user: self.set_user(u))
            group.addAction(action)
            self.work_as.addAction(action)
        desk.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        desk.addAction(quit_action)

    def _build_shortcuts(self) -> None:
        for key, step in (("J", 1), ("K", -1)):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=step: self.move_selection(s))
        search = QShortcut(QKeySequence("/"), self)
        search.activated.connect(self.focus_search)

    # actions
    def focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def move_selection(self, step: int) -> None:
        current = self.table.currentIndex().row()
        target = max(0, min(self.model.rowCount() - 1, current + step))
        if target >= self.model.rowCount() - 1 and self.model.canFetchMore():
            self.model.fetchMore()
        self.select_row(target)

    def select_row(self, row: int) -> None:
        if row < 0 or row >= self.model.rowCount():
            self.card.show_lead(None)
            return
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index)

    def selected_lead_id(self) -> int | None:
        return self.model.lead_id_at(self.table.currentIndex().row())

    def set_user(self, user: UserInfo) -> None:
        self.me = user
        self._settings.setValue("desk/user", user.login)
        self.filter_bar.set_me(user.id)
        self._show_user()
        self._apply_filter(self.filter_bar.current())

    def refresh(self) -> None:
        self.apply_changes(ChangeSet.of([], full_refresh=True))

    def apply_changes(self, changes: ChangeSet) -> None:
        """Refresh what ``changes`` touch, keeping the selected lead and the scroll position."""
        if changes.touches(Entity.SETTINGS):
            self.zone = company.time_zone(self.context.reader)
            self.model.set_zone(self.zone)
            self.card.set_zone(self.zone)
        if any(changes.touches(e) for e in (Entity.LEAD, Entity.CONTACT, Entity.MESSAGE,
                                            Entity.USER, Entity.DEAL)):
            selected = self.selected_lead_id()
            top = self.model.lead_id_at(self.table.rowAt(0))
            self._reload_keeping(selected, top)
            if selected is not None and (changes.touches(Entity.LEAD, selected)
                                         or changes.touches(Entity.MESSAGE)
                                         or changes.touches(Entity.CONTACT)):
                self.card.refresh()

    def _reload_keeping(self, selected: int | None, top: int | None) -> None:
        self._keep_selection = True
        try:
            self.model.reload()
            if top is not None:
                top_row = self.model.row_of(top)
                if top_row is not None:
                    self.table.scrollTo(self.model.index(top_row, 0),
                                        QAbstractItemView.ScrollHint.PositionAtTop)
            row = self.model.row_of(selected) if selected is not None else None
            if row is not None:
                index = self.model.index(row, 0)
                self.table.selectionModel().setCurrentIndex(
                    index, self.table.selectionModel().SelectionFlag.ClearAndSelect
                    | self.table.selectionModel().SelectionFlag.Rows)
        finally:
            self._keep_selection = False

    def _apply_filter(self, flt) -> None:
        self.model.set_filter(flt)
        self.select_row(0)

    # reacting
    def _on_current_changed(self, current, _previous) -> None:
        lead_id = self.model.lead_id_at(current.row()) if current.isValid() else None
        if lead_id != self.card.lead_id:
            self.card.show_lead(lead_id)

    def _on_model_reset(self) -> None:
        if not self._keep_selection:
            self.card.show_lead(None)

    def _show_count(self, count: int, complete: bool) -> None:
        if complete:
            text = self.tr("%n lead(s)", "", count)
        else:
            text = self.tr("%n or more found", "", count)
        self.count_label.setText(text)

    def _show_user(self) -> None:
        if self.me is None:
            self.user_label.setText(self.tr("No user chosen"))
        else:
            self.user_label.setText(
                self.tr("You: %1 (%2)").replace("%1", self.me.name)
                .replace("%2", labels.role(Role(self.me.role))))

    def _on_connection_lost(self, reason: str) -> None:
        self.connection_label.setText(
            self.tr("Not following changes: the database cannot be read (%1). Retrying…")
            .replace("%1", reason[:120]))
        self.connection_label.setStyleSheet("color:#c0392b")

    def _on_connection_restored(self) -> None:
        self.connection_label.setText("")

    def _show_message(self, message: message_bridge.UserMessage) -> None:
        if message.level == "error":
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("LeadDesk"),
                              self.tr("%1 did not work: %2").replace(
                                  "%1", message.title or self.tr("An action"))
                              .replace("%2", message.text), parent=self)
            if message.detail:
                box.setDetailedText(message.detail)
            box.open()
        else:
            self.statusBar().showMessage(f"{message.title}: {message.text}", 8000)

    # state
    def _restore_state(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        splitter = self._settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([900, 500])
        header = self._settings.value("window/inboxHeader")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)

    def save_state(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/splitter", self.splitter.saveState())
        self._settings.setValue("window/inboxHeader", self.table.horizontalHeader().saveState())
        self._settings.sync()

    def closeEvent(self, event) -> None:
        self.save_state()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        message_bridge.detach()
        self._tick.stop()
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None
        taskman().wait(5000)

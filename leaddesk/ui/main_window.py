"""The main window: quick filters and the inbox on the left, the lead card on the right."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.changes import ChangeRecord, ChangeSet
from leaddesk.domain.codes import ChangeKind, ChannelKind, Entity, Role
from leaddesk.domain.permissions import Right, may
from leaddesk.services import company, manual_leads
from leaddesk.services.context import DeskContext
from leaddesk.services.ports import UserInfo
from leaddesk.ui import labels, message_bridge
from leaddesk.ui.alerts import AlertCenter
from leaddesk.ui.change_watcher import ChangeWatcher
from leaddesk.ui.channel_workers import ChannelWorkers
from leaddesk.ui.desk_tabs import DeskTabs
from leaddesk.ui.filter_bar import FilterBar
from leaddesk.ui.inbox_model import COLUMNS, InboxModel
from leaddesk.ui.lead_actions import LeadActions
from leaddesk.ui.lead_card import LeadCardView
from leaddesk.ui.mail_status import MailStatusButton
from leaddesk.ui.on_duty_label import OnDutyLabel
from leaddesk.ui.ops import QueryOp, taskman

TICK_MS = 30_000
DEFAULT_WIDTHS = {"channel": 95, "received": 100, "contact": 150, "subject": 300,
                  "status": 85, "assignee": 120, "warmth": 82, "waiting": 150}


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
        self.filter_bar.set_me(me.id if me else None, me.role if me else None)
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

        self.actions = LeadActions(context, self, lambda: self.card.card)
        self.actions.me = me
        self.actions.zone = self.zone
        self.actions.done.connect(self._on_action_done)
        self.card = LeadCardView(context.reader, self.zone, self, actions=self.actions)
        self._keep_selection = False  # True while a refresh puts the selection back
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.table)
        # Explicit minimums: on a small screen the filters and buttons may be clipped a
        # little rather than the window refusing to get narrower than ~820 px.
        left.setMinimumWidth(420)
        self.card.setMinimumWidth(220)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.tabs = DeskTabs(context, me, self.splitter, self, follows_changes=follow_changes)
        self.setCentralWidget(self.tabs)

        self._build_status_bar()
        self._build_menus()
        self._build_shortcuts()
        self._show_role_actions()

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

        # in team mode the channels' intake runs on the desks whose role may run it (a
        # manager's login may not read the leads a mail might join); alone, on SQLite,
        # every desk fetches
        fetch = context.signed_in is None or may(me.role if me else None, Right.FETCH)
        self.channels = ChannelWorkers(context, self, fetch_channels=fetch)
        self.channels.accountEvent.connect(self.mail_status.update_event)
        self.channels.delivered.connect(self._on_delivered)
        if follow_changes:
            self._start_channels()

        self.alerts = AlertCenter(context, self)
        self.alerts.alerted.connect(self._on_alert)
        self.alerts.countChanged.connect(self._show_alert_count)
        if follow_changes:
            self.alerts.start(me)

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
        self.alert_button = QToolButton(self)
        self.alert_button.setObjectName("alertButton")
        self.alert_button.setAutoRaise(True)
        self.alert_button.clicked.connect(self.show_alerts)
        self.alert_button.hide()
        bar.addWidget(self.count_label)
        bar.addWidget(self.alert_button)
        bar.addWidget(self.connection_label)
        self.mail_status = MailStatusButton(self)
        self.mail_status.clicked.connect(self._open_troubled_accounts)
        bar.addWidget(self.mail_status)
        self.on_duty = OnDutyLabel(self.context, self)
        bar.addWidget(self.on_duty)
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
        # a person signed in with their own team login is that person, and nobody else
        self.work_as.menuAction().setVisible(self.context.signed_in is None)
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
        new_lead = QAction(self.tr("&New lead by hand…"), self)
        new_lead.setShortcut(QKeySequence("Ctrl+N"))
        new_lead.triggered.connect(self.new_manual_lead)
        desk.addAction(new_lead)
        self.import_action = import_csv = QAction(self.tr("&Import leads from CSV…"), self)
        import_csv.setShortcut(QKeySequence("Ctrl+I"))
        import_csv.triggered.connect(self.import_csv)
        desk.addAction(import_csv)
        self.rules_action = QAction(self.tr("&Rules and settings…"), self)
        self.rules_action.triggered.connect(self.open_rules)
        desk.addAction(self.rules_action)
        self.accounts_action = QAction(self.tr("&Email accounts…"), self)
        self.accounts_action.triggered.connect(self.open_email_accounts)
        desk.addAction(self.accounts_action)
        self.vk_action = QAction(self.tr("&VK communities…"), self)
        self.vk_action.triggered.connect(self.open_vk_accounts)
        desk.addAction(self.vk_action)
        self.web_action = QAction(self.tr("&Website: chat and forms…"), self)
        self.web_action.triggered.connect(self.open_web_channels)
        desk.addAction(self.web_action)
        desk.addSeparator()
        pages = [(self.tr("&Inbox"), "inbox"), (self.tr("Duty &schedule"), "schedule"),
                 (self.tr("C&harts"), "charts"), (self.tr("Re&ports"), "reports")]
        for number, (text, page) in enumerate(pages, start=1):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, p=page: self.tabs.show_page(p))
            desk.addAction(action)
        desk.addSeparator()
        self.database_action = QAction(self.tr("Change &database…"), self)
        self.database_action.triggered.connect(self.change_database)
        desk.addAction(self.database_action)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        desk.addAction(quit_action)
        self._build_lead_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        sheet = QAction(self.tr("&Keyboard shortcuts"), self)
        sheet.setShortcut(QKeySequence("F1"))
        sheet.triggered.connect(self.show_shortcut_sheet)
        help_menu.addAction(sheet)

    def _build_lead_menu(self) -> None:
        """The triage keys: one key each, active while the inbox or the card has focus
        (typing in the search box or the composer is never taken for a command)."""
        menu = self.menuBar().addMenu(self.tr("&Lead"))
        a = self.actions
        self.lead_actions: dict[str, QAction] = {}
        entries = [
            ("take", self.tr("&Take"), "T", a.take),
            ("assign", self.tr("&Assign or reassign…"), "A", a.assign),
            ("reject", self.tr("Re&ject…"), "X", a.reject),
            ("postpone", self.tr("&Postpone…"), "P", a.postpone),
            ("reopen", self.tr("Re&open"), "O", a.reopen),
            ("convert", self.tr("&Convert to deal…"), "C", a.convert),
            ("invoice", self.tr("&Invoice…"), "I", a.invoice),
            ("reply", self.tr("&Reply"), "R", self.focus_composer),
            ("note", self.tr("&Note"), "N", self.focus_composer),
        ]
        for code, text, key, slot in entries:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            menu.addAction(action)
            self.table.addAction(action)
            self.card.browser.addAction(action)
            self.lead_actions[code] = action
        menu.addSeparator()
        for key, step, text in (("J", 1, self.tr("Next lead")),
                                ("K", -1, self.tr("Previous lead"))):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, s=step: self.move_selection(s))
            menu.addAction(action)
            self.table.addAction(action)
            self.card.browser.addAction(action)
        self.card.loaded.connect(lambda _lead: self._update_lead_actions())

    def _build_shortcuts(self) -> None:
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
        self.filter_bar.set_me(user.id, user.role)
        self.actions.me = user
        self.alerts.clear()
        if self.alerts.timer.isActive():
            self.alerts.start(user)
        self._show_user()
        self._update_lead_actions()
        self._show_role_actions()
        self.tabs.set_user(user)
        self._apply_filter(self.filter_bar.current())

    def refresh(self) -> None:
        self.apply_changes(ChangeSet.of([], full_refresh=True))

    def apply_changes(self, changes: ChangeSet) -> None:
        """Refresh what ``changes`` touch, keeping the selected lead and the scroll position."""
        self.tabs.apply_changes(changes)
        if any(changes.touches(e) for e in (Entity.SCHEDULE, Entity.USER, Entity.CHANNEL,
                                            Entity.SETTINGS)):
            self.on_duty.refresh()
        if changes.touches(Entity.CHANNEL) and self.watcher is not None:
            self._reconcile_channels()
        if changes.touches(Entity.SETTINGS):
            self.zone = company.time_zone(self.context.reader)
            self.actions.zone = self.zone
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

    def _on_action_done(self, lead_id: int) -> None:
        """An action wrote: show it at once instead of waiting for the change feed."""
        self.apply_changes(ChangeSet.of([ChangeRecord(0, Entity.LEAD, lead_id,
                                                      ChangeKind.UPDATED)]))
        self.channels.wake_outbox()  # an answer may have been queued
        if self.card.lead_id == lead_id != self.selected_lead_id():
            self.card.refresh()  # shown without being selected; apply_changes skipped it

    def _update_lead_actions(self) -> None:
        allowed = self.actions.available(self.card.card)
        for code, action in self.lead_actions.items():
            action.setEnabled(allowed.get(code, False))
        self.card.update_actions()

    def _show_role_actions(self) -> None:
        """Only what the person's role may do is offered (in team mode the database
        refuses the rest anyway)."""
        role = self.me.role if self.me else None
        for action in (self.rules_action, self.accounts_action, self.vk_action,
                       self.web_action):
            action.setVisible(may(role, Right.SET_UP))
        self.import_action.setVisible(may(role, Right.IMPORT))

    def focus_composer(self) -> None:
        if self.card.card is not None:
            self.card.composer.setFocus()

    def new_manual_lead(self) -> None:
        from leaddesk.ui.dialogs.manual_lead_dialog import ManualLeadDialog

        if self.me is None:
            return
        reader = self.context.reader
        dialog = ManualLeadDialog(lambda text: reader.find_contacts(text, 5), self)
        if not dialog.exec():
            return
        values = dialog.values()
        kind = values.pop("kind")
        name = (self.tr("Phone calls") if kind is ChannelKind.PHONE
                else self.tr("Office visits"))
        uow, me = self.context.uow_factory, self.me.id
        QueryOp(lambda: manual_leads.record_manual_lead(uow, me, kind, name, **values),
                what=self.tr("Recording the lead")) \
            .success(self._show_new_lead) \
            .failure(lambda error: QMessageBox.information(
                self, self.tr("Recording the lead"),
                labels.problem(getattr(error, "code", str(error))))).run()

    def _show_new_lead(self, lead_id: int) -> None:
        self.filter_bar.reset()
        self.model.reload()
        row = self.model.row_of(lead_id)
        if row is not None:
            self.select_row(row)
        self.card.composer.setFocus()

    def import_csv(self) -> None:
        from leaddesk.ui.csv_import_dialog import CsvImportDialog

        if not may(self.me.role if self.me else None, Right.IMPORT):
            return

        CsvImportDialog(self.context, self).exec()
        self.refresh()

    def open_rules(self) -> None:
        from leaddesk.ui.dialogs.rules_dialog import RulesDialog

        if not self.actions.can_manage_rules():
            return
        RulesDialog(self.context, self).exec()
        self.refresh()

    def open_email_accounts(self) -> None:
        from leaddesk.ui.dialogs.email_accounts_dialog import EmailAccountsDialog

        if not self.actions.can_manage_rules():
            return
        self._open_accounts(EmailAccountsDialog)

    def open_vk_accounts(self) -> None:
        from leaddesk.ui.dialogs.vk_accounts_dialog import VkAccountsDialog

        if not self.actions.can_manage_rules():
            return
        self._open_accounts(VkAccountsDialog)

    def change_database(self) -> None:
        """Ask where the data lives (this computer, a team server) and move this desk there:
        a new window on the chosen database replaces this one."""
        from leaddesk.ui.app_main import choose_user
        from leaddesk.ui.dialogs.database_dialog import choose_database

        if not self.tabs.may_leave():
            return
        context = choose_database(self, self._settings)  # the saved choice filled in
        if context is None:
            return
        app = QApplication.instance()
        app.aboutToQuit.connect(context.close)
        # kept by this window, which the application's start keeps after it closes
        self.successor = MainWindow(context, choose_user(context, self._settings, None),
                                    self._settings)
        self.successor.show()
        self.close()
        self.context.close()

    def open_web_channels(self) -> None:
        from leaddesk.ui.dialogs.web_channels_dialog import WebChannelsDialog

        if not self.actions.can_manage_rules():
            return
        WebChannelsDialog(self.context, self).exec()

    def _open_accounts(self, dialog_class) -> None:
        """An accounts dialog with the workers' live states, following them while open."""
        live = {channel_id: (event.state.value, event.error)
                for channel_id, event in self.channels.states.items()}
        dialog = dialog_class(self.context, self, live_states=live)

        def relay(event) -> None:
            dialog.update_state(event.channel_id, event.state.value, event.error)

        self.channels.accountEvent.connect(relay)
        dialog.exec()
        self.channels.accountEvent.disconnect(relay)
        self._reconcile_channels()

    def _start_channels(self) -> None:
        self.channels.start()
        self._show_account_names()

    def _reconcile_channels(self) -> None:
        self.channels.reconcile()
        self._show_account_names()

    def _show_account_names(self) -> None:
        """The accounts the workers were matched to just now (read once, by them)."""
        accounts = self.channels.accounts
        self.mail_status.set_names({k: name for k, (name, _kind) in accounts.items()},
                                   {k: kind for k, (_name, kind) in accounts.items()})

    def _open_troubled_accounts(self) -> None:
        if self.mail_status.troubled_kind() == "vk":
            self.open_vk_accounts()
        else:
            self.open_email_accounts()

    def _on_delivered(self, sent: int, failed: int) -> None:
        if failed:
            self.statusBar().showMessage(
                self.tr("%n answer(s) could not be sent; they will be tried again", "",
                        failed), 10000)
        elif sent:
            self.statusBar().showMessage(self.tr("%n answer(s) sent", "", sent), 5000)

    def show_shortcut_sheet(self) -> None:
        from leaddesk.ui.dialogs.shortcut_sheet import ShortcutSheet

        rows = [(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                 action.text().replace("&", "")) for action in self.lead_actions.values()]
        rows += [
            ("J / K", self.tr("Next / previous lead")),
            ("/", self.tr("Search")),
            ("Ctrl+Enter", self.tr("Send the reply")),
            ("Ctrl+T", self.tr("Insert a reply template")),
            ("Ctrl+N", self.tr("New lead by hand (a call, a visit)")),
            ("Ctrl+I", self.tr("Import leads from CSV")),
            ("F5", self.tr("Refresh")),
            ("F1", self.tr("This list")),
        ]
        ShortcutSheet(rows, self).exec()

    def _on_alert(self, title: str, text: str, _lead_id: int) -> None:
        self.statusBar().showMessage(f"{title}: {text}" if text else title, 10000)

    def _show_alert_count(self, count: int) -> None:
        self.alert_button.setVisible(count > 0)
        self.alert_button.setText(self.tr("🔔 %1").replace("%1", str(count)))
        self.alert_button.setToolTip(self.tr("%n alert(s) since you last looked", "", count))

    def show_alerts(self) -> None:
        """List the alerts; picking one opens its lead."""
        items = [f"{title} — {text}" for title, text, _lead in reversed(self.alerts.unseen)]
        leads = [lead for _t, _x, lead in reversed(self.alerts.unseen)]
        if not items:
            return
        choice, ok = QInputDialog.getItem(self, self.tr("Alerts"), self.tr("Open the lead:"),
                                          items, 0, False)
        self.alerts.clear()
        if ok:
            self.open_lead(leads[items.index(choice)])

    def open_lead(self, lead_id: int) -> None:
        row = self.model.row_of(lead_id)
        if row is None:
            self.filter_bar.reset()
            self.model.reload()
            row = self.model.row_of(lead_id)
        if row is not None:
            self.select_row(row)
        else:
            self.card.show_lead(lead_id)

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
        if self.me is None and self.context.signed_in is not None:
            self.user_label.setText(
                self.tr("Your login %1 is not one of the people of this desk: ask the "
                        "administrator to add you").replace("%1", self.context.signed_in[0]))
            self.user_label.setStyleSheet("color:#c0392b")
        elif self.me is None:
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
        if not self.tabs.may_leave():
            event.ignore()
            return
        self.save_state()
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        message_bridge.detach()
        self.alerts.stop()
        self.channels.stop()
        self._tick.stop()
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None
        taskman().wait(5000)

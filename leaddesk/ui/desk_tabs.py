"""The window's pages: the inbox with its card, the duty schedule, charts and reports.

The schedule, charts and reports are built the first time they are shown (charts import
pyqtgraph, which costs half a second), refreshed when shown again, and when the schedule
or the leads change while they are open (``apply_changes``, fed by the change log).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTabWidget, QWidget

from leaddesk.domain.changes import ChangeSet
from leaddesk.domain.codes import Entity
from leaddesk.services.context import DeskContext
from leaddesk.services.ports import UserInfo

PAGES = ("inbox", "schedule", "charts", "reports")
FIGURES_REFRESH_MS = 30_000


class DeskTabs(QTabWidget):
    def __init__(self, context: DeskContext, me: UserInfo | None, inbox: QWidget,
                 parent: QWidget | None = None, *, follows_changes: bool = True) -> None:
        """``follows_changes``: ``apply_changes`` is fed by the change log (the views then
        leave reading again after their own saves to it)."""
        super().__init__(parent)
        self.setObjectName("deskTabs")
        self.setDocumentMode(True)
        self._context = context
        self._me = me
        self._follows_changes = follows_changes
        self._builders: dict[str, Callable[[], QWidget]] = {
            "schedule": self._build_schedule, "charts": self._build_charts,
            "reports": self._build_reports}
        self.views: dict[str, QWidget] = {"inbox": inbox}
        self.addTab(inbox, self.tr("Inbox"))
        for name, title in (("schedule", self.tr("Duty schedule")),
                            ("charts", self.tr("Charts")), ("reports", self.tr("Reports"))):
            holder = QWidget(self)
            holder.setObjectName(f"{name}Placeholder")
            self.addTab(holder, title)
        self._shown = 0
        self._stale: set[str] = set()
        self._figures_timer = QTimer(self)
        self._figures_timer.setSingleShot(True)
        self._figures_timer.setInterval(FIGURES_REFRESH_MS)
        self._figures_timer.timeout.connect(self._refresh_stale)
        self.currentChanged.connect(self._on_current_changed)

    def show_page(self, name: str) -> QWidget:
        """Show a page by name (building it first if needed) and return its view."""
        self.setCurrentIndex(PAGES.index(name))
        return self.view(name)

    def view(self, name: str) -> QWidget:
        if name not in self.views:
            index = PAGES.index(name)
            view = self._builders[name]()
            self.views[name] = view
            blocked = self.blockSignals(True)
            current = self.currentIndex()
            title = self.tabText(index)
            old = self.widget(index)
            self.removeTab(index)
            self.insertTab(index, view, title)
            old.deleteLater()
            self.setCurrentIndex(current)
            self.blockSignals(blocked)
        return self.views[name]

    def set_user(self, me: UserInfo | None) -> None:
        self._me = me
        schedule = self.views.get("schedule")
        if schedule is not None:
            schedule.set_user(me)

    def apply_changes(self, changes: ChangeSet) -> None:
        """Refresh the open pages when what they show changed: the schedule at once, the
        charts and reports at once for a new zone or channel (their channels and "today"
        read again), and at most every ``FIGURES_REFRESH_MS`` for new leads (a busy desk
        changes leads every second; the schedule then counts its usual demand again)."""
        setup = changes.touches(Entity.SETTINGS) or changes.touches(Entity.CHANNEL)
        schedule = self.views.get("schedule")
        if schedule is not None and schedule.isVisible() and not schedule.has_unsaved_changes() \
                and (setup or changes.touches(Entity.SCHEDULE) or changes.touches(Entity.USER)):
            schedule.refresh()  # a draft being edited stays (the last save wins)
        leads = changes.touches(Entity.LEAD)
        if schedule is not None and leads:
            self._mark_stale("schedule")
        for name in ("charts", "reports"):
            view = self.views.get(name)
            if view is None or not view.isVisible():
                continue
            if setup:
                view.set_up()
            elif leads or changes.touches(Entity.DEAL):
                self._mark_stale(name)

    def _mark_stale(self, name: str) -> None:
        self._stale.add(name)
        if not self._figures_timer.isActive():
            self._figures_timer.start()

    def _refresh_stale(self) -> None:
        while self._stale:
            name = self._stale.pop()
            view = self.views[name]
            if name == "schedule":
                view.refresh_demand()  # hidden, it only forgets the demand it counted
            elif view.isVisible():
                view.refresh()

    def may_leave(self) -> bool:
        """False if the schedule has unsaved changes the user chose to keep editing."""
        schedule = self.views.get("schedule")
        return schedule is None or schedule.confirm_leave()

    def _on_current_changed(self, index: int) -> None:
        if self._shown == PAGES.index("schedule") and index != self._shown \
                and not self.may_leave():
            blocked = self.blockSignals(True)
            self.setCurrentIndex(self._shown)
            self.blockSignals(blocked)
            return
        self._shown = index
        name = PAGES[index]
        if name != "inbox" and name in self.views:  # a view built just now has read already
            self.views[name].refresh()
        else:
            self.view(name)

    def _build_schedule(self) -> QWidget:
        from leaddesk.ui.schedule.schedule_view import ScheduleView

        return ScheduleView(self._context, self._me, self, follows_changes=self._follows_changes)

    def _build_charts(self) -> QWidget:
        from leaddesk.ui.charts_view import ChartsView

        return ChartsView(self._context, self)

    def _build_reports(self) -> QWidget:
        from leaddesk.ui.reports_view import ReportsView

        return ReportsView(self._context, self)

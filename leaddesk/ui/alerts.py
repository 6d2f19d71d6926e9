"""Telling the person at the desk what needs them: a lead assigned to them, an answer
about to be overdue, an escalation, a reminder that is due. Through the system tray where
there is one, and always in the status bar with a count.

The desk also runs the housekeeping that makes these happen (escalating overdue leads,
bringing postponed leads back); every desk may run it, the database keeps it to once.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QStyle, QSystemTrayIcon, QWidget

from leaddesk.domain.sla import MAX_WARNING_SECONDS
from leaddesk.services import workflow
from leaddesk.services.context import DeskContext
from leaddesk.services.ports import Alert, UserInfo
from leaddesk.ui.ops import QueryOp

POLL_MS = 15_000


class AlertCenter(QObject):
    """Polls for the current user's alerts and shows them.

    Signals:
        alerted(str, str, int): title, text and lead id of a new alert.
        countChanged(int): alerts not yet looked at.
    """

    alerted = Signal(str, str, int)
    countChanged = Signal(int)

    def __init__(self, context: DeskContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.me: UserInfo | None = None
        self.unseen: list[tuple[str, str, int]] = []
        self._after_id: int | None = None
        self._warned: set[int] = set()
        self._busy = False
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = parent.windowIcon()
            if icon.isNull():
                icon = parent.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(QIcon(icon), self)
            self.tray.setToolTip(self.tr("LeadDesk"))
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self, me: UserInfo | None) -> None:
        self.me = me
        self._after_id = None
        self._warned.clear()
        self.timer.start()
        self.poll()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def clear(self) -> None:
        self.unseen.clear()
        self.countChanged.emit(0)

    def poll(self) -> None:
        if self._busy:
            return
        self._busy = True
        context, me, after = self.context, self.me, self._after_id

        def work():
            now = datetime.now(UTC)
            workflow.escalate_overdue(context.uow_factory, now)
            workflow.return_due_postponed(context.uow_factory, now)
            if me is None:
                return [], [], None
            start = context.reader.last_audit_id() if after is None else after
            alerts = context.reader.alerts(me.id, me.role, start, 20)
            soon = context.reader.sla_due_soon(me.id, now, MAX_WARNING_SECONDS, 20)
            last = max([start, *(a.audit_id for a in alerts)])
            return alerts, soon, last

        QueryOp(work, what=self.tr("Checking for alerts")) \
            .success(self._on_polled).failure(self._on_failed).run()

    def _on_failed(self, _error: Exception) -> None:
        self._busy = False  # the status bar already says when the database is away

    def _on_polled(self, result) -> None:
        self._busy = False
        alerts, soon, last = result
        if last is not None:
            self._after_id = last
        for alert in alerts:
            self._notify(*self._words(alert), alert.lead_id or 0)
            if alert.lead_id is not None:
                self._warned.add(alert.lead_id)  # one alert per lead and poll is enough
        for lead_id, _due, subject in soon:
            if lead_id in self._warned:
                continue
            self._warned.add(lead_id)
            self._notify(self.tr("An answer is due soon"), subject, lead_id)

    def _words(self, alert: Alert) -> tuple[str, str]:
        title = {
            "assigned": self.tr("A lead was assigned to you"),
            "escalated": self.tr("A lead waits past its answer time"),
            "reminder": self.tr("Reminder: a postponed lead is back"),
            "customer_wrote": self.tr("The customer wrote again"),
            "delivery_failed": self.tr("Your answer could not be sent"),
        }.get(alert.action, alert.action)
        text = " — ".join(part for part in (alert.contact, alert.subject) if part)
        return title, text

    def _notify(self, title: str, text: str, lead_id: int) -> None:
        self.unseen.append((title, text, lead_id))
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
        self.alerted.emit(title, text, lead_id)
        self.countChanged.emit(len(self.unseen))

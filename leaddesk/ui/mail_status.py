"""The status bar's channel indicator: how the email and VK accounts are doing, at a
glance."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton

from leaddesk.services.account_state import AccountEvent, AccountState
from leaddesk.ui import labels


class MailStatusButton(QToolButton):
    """"✉ Channels: up to date" / "✉ Channels: Sales — problem"; the tooltip lists every
    account. Hidden while no account runs on this desk. ``troubled_kind()``: the kind of
    the account a click should open (the first with a problem)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mailStatus")
        self.setAutoRaise(True)
        self._events: dict[int, AccountEvent] = {}
        self._names: dict[int, str] = {}
        self._kinds: dict[int, str] = {}
        self.hide()

    def set_names(self, names: dict[int, str], kinds: dict[int, str] | None = None) -> None:
        self._names = dict(names)
        self._kinds = dict(kinds or {})
        self._events = {k: v for k, v in self._events.items() if k in names}
        self._show()

    def troubled_kind(self) -> str:
        bad = [e.channel_id for e in self._events.values()
               if e.state in (AccountState.ERROR, AccountState.NO_PASSWORD)]
        chosen = bad[0] if bad else next(iter(self._names), None)
        return self._kinds.get(chosen, "email")

    def update_event(self, event: AccountEvent) -> None:
        self._events[event.channel_id] = event
        self._show()

    def state_words(self, event: AccountEvent) -> str:
        words = labels.account_state(event.state.value)
        if event.state is AccountState.STANDBY and event.holder:
            words = self.tr("fetched on another desk: %1").replace("%1", event.holder)
        if event.state is AccountState.CONNECTED and event.last_sync_at is not None:
            words = self.tr("up to date (checked %1)").replace(
                "%1", event.last_sync_at.astimezone().strftime("%H:%M"))
        if event.error:
            words += f": {labels.channel_problem(event.error)}"
        if event.retry_in:
            words += " " + self.tr("(next try in %1 s)").replace("%1", str(event.retry_in))
        return words

    def _show(self) -> None:
        events = [e for k, e in self._events.items() if k in self._names]
        if not events:
            self.hide()
            return
        bad = [e for e in events if e.state in (AccountState.ERROR, AccountState.NO_PASSWORD)]
        busy = [e for e in events if e.state in (AccountState.CONNECTING,
                                                 AccountState.SYNCING)]
        if bad:
            name = self._names.get(bad[0].channel_id, "")
            self.setText("✉ " + self.tr("Channels: %1 — problem").replace("%1", name))
            self.setStyleSheet("color:#b00020")
        elif busy:
            self.setText("✉ " + self.tr("Channels: fetching…"))
            self.setStyleSheet("")
        elif all(e.state is AccountState.STANDBY for e in events):
            self.setText("✉ " + self.tr("Channels: fetched on another desk"))
            self.setStyleSheet("")
        else:
            self.setText("✉ " + self.tr("Channels: up to date"))
            self.setStyleSheet("")
        self.setToolTip("\n".join(f"{self._names.get(e.channel_id, '')}: {self.state_words(e)}"
                                  for e in events))
        self.show()

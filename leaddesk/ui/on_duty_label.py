"""Who is on duty now, per channel, for the status bar; nobody on a scheduled channel is red."""

from __future__ import annotations

from collections import Counter
from html import escape

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from leaddesk.services.context import DeskContext
from leaddesk.services.schedule import DutyNow, on_duty_now
from leaddesk.ui import labels
from leaddesk.ui.ops import QueryOp

REFRESH_MS = 60_000
NOBODY_COLOR = "#c0392b"


def _surname(name: str) -> str:
    """The last word of a name ("Анна Иванова" -> "Иванова"): short enough for a status bar."""
    return name.split()[-1] if name.split() else name


class OnDutyLabel(QLabel):
    """"On duty: Email — Ivanova, VK — nobody", refreshed each minute and on ``refresh()``."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onDutyLabel")
        self.context = context
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        reader = self.context.reader
        QueryOp(lambda: on_duty_now(reader),
                what=self.tr("Reading who is on duty")) \
            .success(self._show).failure(lambda _error: None).run()

    def _show(self, duty: list[DutyNow]) -> None:
        if not shiboken6.isValid(self):
            return
        short = self._short_names(duty)
        parts, tips = [], []
        for item in duty:
            channel = escape(short[item.channel_id])
            if not item.has_schedule:
                who = escape(self.tr("no schedule"))
                tip = self.tr("%1: no schedule, its leads go to everyone")
            elif item.names:
                who = escape(", ".join(_surname(n) for n in item.names))
                tip = self.tr("%1: %2")
            else:
                nobody = escape(self.tr("nobody"))
                who = f"<span style='color:{NOBODY_COLOR}; font-weight:bold'>{nobody}</span>"
                tip = self.tr("%1: nobody on duty")
            parts.append(self.tr("%1 — %2").replace("%1", channel).replace("%2", who))
            tips.append(tip.replace("%1", item.channel_name)
                        .replace("%2", ", ".join(item.names)))
        self.setText(self.tr("On duty: %1").replace("%1", ", ".join(parts)) if parts else "")
        self.setToolTip("\n".join(tips))

    @staticmethod
    def _short_names(duty: list[DutyNow]) -> dict[int, str]:
        """The channel kind's short word when the desk has one channel of that kind."""
        kinds = Counter(d.channel_kind for d in duty)
        return {d.channel_id: labels.channel(d.channel_kind) if kinds[d.channel_kind] == 1
                else d.channel_name for d in duty}

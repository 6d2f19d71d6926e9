"""Replay the last four weeks of leads against the draft schedule, before saving it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from html import escape

import shiboken6
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from leaddesk.domain.coverage import ReplayResult
from leaddesk.domain.timefmt import company_zone
from leaddesk.services.coverage import replay_draft
from leaddesk.services.ports import ChannelInfo
from leaddesk.services.schedule_ports import ScheduleReadModel
from leaddesk.ui.ops import QueryOp
from leaddesk.ui.schedule.draft import ScheduleDraft

REPLAY_WEEKS = 4


class ReplayPanel(QWidget):
    """A button and, per channel, how many past leads would have met nobody on duty."""

    def __init__(self, reader: ScheduleReadModel, draft: ScheduleDraft,
                 channels: Callable[[], list[ChannelInfo]], parent: QWidget | None = None,
                 ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._draft = draft
        self._channels = channels
        self.results: dict[int, ReplayResult] | None = None
        self.button = QPushButton(self.tr("Replay last 4 weeks"), self)
        self.button.setObjectName("scheduleReplay")
        self.button.setAutoDefault(False)
        self.button.setToolTip(self.tr("Count the leads of the last four weeks that would "
                                       "have arrived with nobody on duty under this draft "
                                       "(exceptions included)"))
        self.button.clicked.connect(self.replay)
        self.output = QLabel(self.tr("See what this schedule would have meant for the leads "
                                     "of the last four weeks."), self)
        self.output.setObjectName("scheduleReplayResult")
        self.output.setWordWrap(True)
        self.stale = QLabel(self)
        self.stale.setStyleSheet("color: #666666;")
        self.stale.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.output)
        layout.addWidget(self.stale)
        layout.addStretch(1)

    def period(self, today: date | None = None) -> tuple[date, date]:
        today = today or datetime.now(company_zone(self._draft.zone_name)).date()
        return today - timedelta(weeks=REPLAY_WEEKS), today

    def replay(self) -> None:
        reader, draft = self._reader, self._draft
        shifts, exceptions, zone = list(draft.shifts), list(draft.exceptions), draft.zone_name
        start, end = self.period()
        self.button.setEnabled(False)
        self.output.setText(self.tr("Replaying…"))
        QueryOp(lambda: replay_draft(reader, shifts, exceptions, start, end, zone),
                what=self.tr("Replaying the last 4 weeks")) \
            .success(self._show).failure(self._failed).run()

    def draft_changed(self) -> None:
        if self.results is not None:
            self.stale.setText(self.tr("The draft changed since: replay again to see the "
                                       "effect."))

    def _failed(self, error: Exception) -> None:
        if shiboken6.isValid(self):
            self.button.setEnabled(True)
            self.output.setText(self.tr("Could not replay: %1").replace("%1", str(error)))

    def _show(self, results: dict[int, ReplayResult]) -> None:
        if not shiboken6.isValid(self):
            return
        self.button.setEnabled(True)
        self.results = results
        self.stale.setText("")
        lines = []
        for channel in self._channels():
            result = results.get(channel.id)
            if result is None or result.leads == 0:
                continue
            if not result.scheduled:
                words = self.tr("no schedule: its %n lead(s) went to everyone", "",
                                result.leads)
                color = "#8a5a00"
            else:
                words = self.tr("%1 of %n lead(s) would have arrived with nobody on duty", "",
                                result.leads).replace("%1", str(result.uncovered))
                color = "#c0392b" if result.uncovered else "#1e8449"
            lines.append(f"<b>{escape(channel.name)}</b>: "
                         f"<span style='color:{color}'>{escape(words)}</span>")
        self.output.setText("<br>".join(lines) if lines
                            else self.tr("No leads arrived in the last 4 weeks."))

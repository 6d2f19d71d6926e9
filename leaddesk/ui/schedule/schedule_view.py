"""The duty schedule editor: the week grid of a channel, its coverage against demand, the
dated exceptions, the company time zone, a replay of past weeks, Save and Discard.

Everything edited stays in one draft (every channel, every person) until Save writes it
whole; nothing unsaved is dropped without asking. Only a supervisor edits; everyone
else sees the same screen read-only, with the reason.
"""

from __future__ import annotations

from datetime import date, datetime

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.coverage import coverage_grid
from leaddesk.domain.permissions import Right, may
from leaddesk.domain.timefmt import company_zone
from leaddesk.services.context import DeskContext
from leaddesk.services.coverage import weekly_coverage
from leaddesk.services.ports import ChannelInfo, UserInfo
from leaddesk.services.schedule import Schedule, ScheduleInvalid, load_schedule, save_schedule
from leaddesk.services.workflow_errors import NotAllowed
from leaddesk.ui.busy import run_busy
from leaddesk.ui.ops import QueryOp
from leaddesk.ui.schedule.coverage_view import CoverageView
from leaddesk.ui.schedule.draft import ScheduleDraft
from leaddesk.ui.schedule.exceptions_editor import ExceptionsEditor
from leaddesk.ui.schedule.grid_geometry import person_colors
from leaddesk.ui.schedule.replay_panel import ReplayPanel
from leaddesk.ui.schedule.schedule_toolbar import ScheduleToolbar
from leaddesk.ui.schedule.week_grid import WeekGrid
from leaddesk.ui.schedule.words import problem

Answer = QMessageBox.StandardButton
DEMAND_WEEKS = 4
PROBLEM_STYLE = "color: #c0392b; font-weight: bold;"


class ScheduleView(QWidget):
    """The schedule editor for one desk and its user (``me`` None: nobody chosen).

    ``follows_changes``: the owner calls ``refresh()`` when the change log says the schedule
    changed (the desk's tabs do), so a save does not read the schedule again by itself.
    The usual demand is kept across reloads while the company time zone and the day stay
    the same; ``refresh_demand()`` reads it again (new leads).

    Signals:
        loaded(): the saved schedule was read (at start, on ``refresh()``, and after a save
            unless ``follows_changes``).
        saved(): the draft was saved.
        changed(): the draft changed; ``has_unsaved_changes()`` may differ.
    """

    loaded = Signal()
    saved = Signal()
    changed = Signal()

    def __init__(self, context: DeskContext, me: UserInfo | None,
                 parent: QWidget | None = None, *, follows_changes: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleView")
        self.context = context
        self.me = me
        self.draft = ScheduleDraft()
        self.people: list[UserInfo] = []
        self.channels: list[ChannelInfo] = []
        self.follows_changes = follows_changes
        self._demand: dict[int, dict[tuple[int, int], float]] = {}
        self._demand_basis: tuple[str, date] | None = None  # the saved zone and the day
        self._loaded_once = False

        self.toolbar = ScheduleToolbar(self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("scheduleSave")
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(self.tr("Discard"), self)
        self.discard_button.setObjectName("scheduleDiscard")
        self.discard_button.setAutoDefault(False)
        self.discard_button.clicked.connect(self._discard_clicked)
        self.notice = QLabel(self)
        self.notice.setObjectName("scheduleNotice")
        self.notice.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("scheduleStatus")
        self.status.setWordWrap(True)
        self.grid = WeekGrid(self.draft, self)
        self.people_legend = QLabel(self)
        self.people_legend.setWordWrap(True)
        self.coverage = CoverageView(self)
        self.exceptions = ExceptionsEditor(self.draft, self)
        self.replay = ReplayPanel(context.reader, self.draft, lambda: self.channels, self)  # type: ignore[arg-type]

        top = QHBoxLayout()
        top.addWidget(self.toolbar, 1)
        top.addWidget(self.discard_button)
        top.addWidget(self.save_button)
        week = QWidget(self)
        week_layout = QVBoxLayout(week)
        week_layout.setContentsMargins(0, 0, 0, 0)
        week_layout.addWidget(self.grid, 1)
        week_layout.addWidget(self.people_legend)
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(week)
        left.addWidget(self.coverage)
        left.setSizes([520, 360])
        exceptions_box = QGroupBox(self.tr("Exceptions"), self)
        QVBoxLayout(exceptions_box).addWidget(self.exceptions)
        replay_box = QGroupBox(self.tr("Before saving"), self)
        QVBoxLayout(replay_box).addWidget(self.replay)
        right = QWidget(self)
        right.setMinimumWidth(400)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(exceptions_box, 3)
        right_layout.addWidget(replay_box, 2)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(left)
        body.addWidget(right)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        body.setSizes([960, 440])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(body, 1)
        layout.addWidget(self.status)

        self.toolbar.channel_picked.connect(self._channel_picked)
        self.toolbar.person_picked.connect(self._person_picked)
        self.toolbar.zone_picked.connect(self._zone_picked)
        self.toolbar.zone_refused.connect(lambda name: self._show_problem(
            self.tr("“%1” is no time zone: write it like Europe/Moscow.").replace("%1", name)))
        self.grid.edited.connect(self._edited)
        self.exceptions.edited.connect(self._edited)
        self._apply_permissions()
        self.refresh()

    # permissions
    def set_user(self, me: UserInfo | None) -> None:
        """Work as another person: editing is for supervisors only."""
        self.me = me
        self._apply_permissions()

    def can_edit(self) -> bool:
        me = self.me
        return me is not None and me.active and may(me.role, Right.SET_UP)

    def _apply_permissions(self) -> None:
        editable = self.can_edit()
        self.grid.set_read_only(not editable)
        self.exceptions.set_read_only(not editable)
        self.toolbar.set_zone_editable(editable)
        self.save_button.setVisible(editable)
        self.discard_button.setVisible(editable)
        if editable:
            self.notice.setStyleSheet("color: #555555;")
            self.notice.setText(self.tr(
                "Drag across free time to paint the person's shifts (down across days to "
                "repeat them), drag an edge to resize, the middle to move; right-click "
                "removes. Keyboard: arrows, Shift+arrows to select, Space to paint or "
                "erase, Delete to remove."))
        elif self.me is None:
            self.notice.setStyleSheet("color: #8a5a00; font-weight: bold;")
            self.notice.setText(self.tr("Read only: choose who you are first; only a "
                                        "supervisor can change the schedule."))
        else:
            self.notice.setStyleSheet("color: #8a5a00; font-weight: bold;")
            self.notice.setText(self.tr("Read only: only a supervisor can change the duty "
                                        "schedule. You can look at the shifts and the "
                                        "coverage."))
        self._update_buttons()

    # loading
    def refresh(self) -> None:
        """Read the saved schedule again; an unsaved draft is kept."""
        reader = self.context.reader
        QueryOp(lambda: load_schedule(reader), what=self.tr("Reading the duty schedule")) \
            .success(self._loaded).run()

    def _loaded(self, schedule: Schedule) -> None:
        if not shiboken6.isValid(self):
            return
        if not self.draft.is_dirty() or not self._loaded_once:
            self.draft.load(schedule.shifts, schedule.exceptions, schedule.zone_name)
        elif not self.draft.saved_equals(schedule.shifts, schedule.exceptions,
                                         schedule.zone_name):
            self.status.setStyleSheet(PROBLEM_STYLE)
            self.status.setText(self.tr("Someone else saved the schedule meanwhile: saving "
                                        "yours replaces theirs."))
        self._loaded_once = True
        self.people = [p for p in schedule.people if p.active]
        self.channels = list(schedule.channels)
        colors = person_colors([p.id for p in schedule.people])
        self.grid.set_people(list(schedule.people))
        self.toolbar.set_channels(self.channels)
        self.toolbar.set_people(self.people, colors)
        self.toolbar.set_zone(self.draft.zone_name)
        self.exceptions.set_reference(list(schedule.people), self.channels)
        basis = (schedule.zone_name, self._today())
        if basis != self._demand_basis:  # the demand is counted in the saved zone's hours
            self._demand.clear()
            self._demand_basis = basis
        self.grid.set_person(self.toolbar.person_id())
        self._channel_picked(self.toolbar.channel_id())
        self._update_buttons()
        self.loaded.emit()

    def select_channel(self, channel_id: int) -> None:
        self.toolbar.select_channel(channel_id)

    def select_person(self, user_id: int) -> None:
        self.toolbar.select_person(user_id)

    def _channel_picked(self, channel_id: int | None) -> None:
        self.grid.set_channel(channel_id)
        self._update_legend()
        if channel_id is None:
            return
        if channel_id in self._demand:
            self._show_coverage()
            return
        reader, today = self.context.reader, self._today()
        QueryOp(lambda: weekly_coverage(reader, channel_id, today, DEMAND_WEEKS),
                what=self.tr("Reading the usual demand")) \
            .success(lambda cells: self._demand_read(channel_id, cells)).run()

    def refresh_demand(self) -> None:
        """Count the usual demand again (the leads changed): the shown channel's at once,
        the others (and all while hidden) when next shown."""
        self._demand.clear()
        if self.isVisible():
            self._channel_picked(self.toolbar.channel_id())

    def _demand_read(self, channel_id: int, cells) -> None:
        if not shiboken6.isValid(self):
            return
        self._demand[channel_id] = {(c.weekday, c.hour): c.demand for c in cells}
        if channel_id == self.toolbar.channel_id():
            self._show_coverage()

    def _show_coverage(self) -> None:
        channel_id = self.toolbar.channel_id()
        if channel_id is None or channel_id not in self._demand:
            return
        cells = coverage_grid(self.draft.shifts, channel_id, [p.id for p in self.people],
                              self._demand[channel_id])
        name = next((c.name for c in self.channels if c.id == channel_id), "")
        self.coverage.show_cells(name, DEMAND_WEEKS, cells)

    def _today(self):
        return datetime.now(company_zone(self.draft.zone_name)).date()

    # editing
    def _person_picked(self, user_id: int) -> None:
        self.grid.set_person(user_id)
        self._update_legend()

    def _zone_picked(self, name: str) -> None:
        self.draft.zone_name = name
        self.exceptions.reload()
        self._edited()

    def _edited(self) -> None:
        self.status.setText("")
        self._update_legend()
        self._show_coverage()
        self.replay.draft_changed()
        self._update_buttons()
        self.changed.emit()

    def _update_legend(self) -> None:
        channel_id = self.toolbar.channel_id()
        on_channel = {s.user_id for s in self.draft.shifts_for(channel_id)} if channel_id else set()
        chips = [f"<span style='color:{self.grid.colors[p.id].name()}'>■</span> {p.name}"
                 for p in self.people if p.id in on_channel and p.id in self.grid.colors]
        self.people_legend.setText(self.tr("On this channel: %1").replace("%1", ",  ".join(chips))
                                   if chips else "")

    def _update_buttons(self) -> None:
        dirty = self.has_unsaved_changes()
        self.save_button.setEnabled(dirty and self.can_edit())
        self.discard_button.setEnabled(dirty and self.can_edit())
        self.save_button.setText(self.tr("Save *") if dirty else self.tr("Save"))

    def has_unsaved_changes(self) -> bool:
        return self.draft.is_dirty()

    # saving
    def _save_job(self):
        uow, actor = self.context.uow_factory, self.me.id if self.me else 0
        shifts, exceptions = list(self.draft.shifts), list(self.draft.exceptions)
        zone, snapshot = self.draft.zone_name, self.draft.snapshot()
        return snapshot, lambda: save_schedule(uow, actor, shifts, exceptions, zone)

    def save(self) -> None:
        """Save the draft off the GUI thread; problems are shown under the grid."""
        if not self.has_unsaved_changes() or not self.can_edit():
            return
        snapshot, job = self._save_job()
        self.save_button.setEnabled(False)
        self.status.setStyleSheet("color: #555555;")
        self.status.setText(self._saving_text())
        QueryOp(job, what=self.tr("Saving the duty schedule")) \
            .success(lambda _r: self._saved(snapshot)).failure(self._save_failed).run()

    def _saving_text(self) -> str:
        if self.draft.zone_name == self.draft.saved_zone:
            return self.tr("Saving…")
        return self.tr("Saving; the reports' hours are counted again in the new time zone…")

    def save_now(self) -> bool:
        """Save and wait for it (leaving must wait) with the window painted meanwhile: a new
        time zone counts the reports' hours again. True when saved."""
        snapshot, job = self._save_job()
        try:
            run_busy(self, self._saving_text(), job)
        except (ScheduleInvalid, NotAllowed) as error:
            self._save_failed(error)
            return False
        self._saved(snapshot)
        return True

    def _saved(self, snapshot: tuple) -> None:
        if not shiboken6.isValid(self):
            return
        self.draft.mark_saved(snapshot)
        self.status.setStyleSheet("color: #1e8449;")
        self.status.setText(self.tr("Schedule saved."))
        self._update_buttons()
        self.saved.emit()
        if not self.follows_changes:
            self.refresh()

    def _save_failed(self, error: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self._update_buttons()
        if isinstance(error, ScheduleInvalid):
            self._show_problem("\n".join(problem(p) for p in error.problems))
        elif isinstance(error, NotAllowed):
            self._show_problem(self.tr("Not saved: only a supervisor can change the schedule."))
        else:
            self._show_problem(self.tr("Could not save: %1").replace("%1", str(error)))

    def _show_problem(self, text: str) -> None:
        self.status.setStyleSheet(PROBLEM_STYLE)
        self.status.setText(text)

    # discarding and leaving
    def discard_changes(self) -> None:
        self.draft.discard()
        self.toolbar.set_zone(self.draft.zone_name)
        self.exceptions.reload()
        self._edited()

    def _discard_clicked(self) -> None:
        if self.has_unsaved_changes() and self.ask_discard():
            self.discard_changes()

    def ask_discard(self) -> bool:
        return QMessageBox.question(
            self, self.tr("Duty schedule"), self.tr("Throw away the changes not saved?"),
            Answer.Discard | Answer.Cancel, Answer.Cancel) == Answer.Discard

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self, self.tr("Duty schedule"),
            self.tr("The duty schedule has changes not saved. Save them?"),
            Answer.Save | Answer.Discard | Answer.Cancel, Answer.Save)

    def confirm_leave(self) -> bool:
        """Ask about unsaved changes before the view goes: True when it may go."""
        if not self.has_unsaved_changes():
            return True
        answer = self.ask_unsaved()
        if answer == Answer.Save:
            return self.save_now()
        if answer == Answer.Discard:
            self.discard_changes()
            return True
        return False

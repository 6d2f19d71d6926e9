"""The Channels tab: who gets a channel's leads, the first-answer target, reject reasons."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.assignment import AssignmentMode
from leaddesk.domain.codes import Role
from leaddesk.services import rules
from leaddesk.services.context import DeskContext
from leaddesk.services.ports import ChannelWorkflow, UserInfo
from leaddesk.ui import labels
from leaddesk.ui.dialogs.rules_base import RulesTab, StatusLine, button, hint, move_current, roomy

MODES = (AssignmentMode.NONE, AssignmentMode.FIXED, AssignmentMode.POOL,
         AssignmentMode.ROUND_ROBIN)
MAX_SLA_MINUTES = 7 * 24 * 60
ID = Qt.ItemDataRole.UserRole


class ChannelsTab(RulesTab):
    """Each channel's assignment rule, SLA and whether a reject needs a reason."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._saved: dict[int, ChannelWorkflow] = {}
        self._drafts: dict[int, ChannelWorkflow] = {}
        self._people: dict[int, UserInfo] = {}
        self._shown: int | None = None
        self._shown_minutes = 0
        self._filling = False

        self.channel_list = QListWidget(self)
        self.channel_list.setObjectName("rulesChannelList")
        roomy(self.channel_list)
        self.channel_list.currentItemChanged.connect(self._channel_picked)

        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.mode_box = QComboBox(self)
        self.mode_box.setObjectName("rulesMode")
        for mode, text in self._mode_names().items():
            self.mode_box.addItem(text, mode.value)
        self.person_box = QComboBox(self)
        self.person_box.setObjectName("rulesPerson")
        self.role_box = QComboBox(self)
        self.role_box.setObjectName("rulesRole")
        for role in Role:
            self.role_box.addItem(labels.role(role), role.value)
        self.turn_list = QListWidget(self)
        self.turn_list.setObjectName("rulesTurn")
        roomy(self.turn_list)
        self.turn_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.turn_list.setMaximumHeight(170)
        self.targets = QStackedWidget(self)
        self.targets.addWidget(hint(self.tr("Dispatchers see the channel's new leads unassigned "
                                            "and hand them out."), self))
        self.targets.addWidget(self._page(self.tr("Every lead goes to this person:"),
                                          self.person_box))
        self.targets.addWidget(self._page(
            self.tr("Everyone in this role sees the lead; the first to take it owns it:"),
            self.role_box))
        self.targets.addWidget(self._turn_page())

        self.hot_box = QCheckBox(self.tr("Hot leads go to the best-ranked manager"), self)
        self.escalation_box = QCheckBox(self.tr("Reassign to a supervisor on escalation"), self)
        self.sla_spin = QSpinBox(self)
        self.sla_spin.setObjectName("rulesSla")
        self.sla_spin.setRange(0, MAX_SLA_MINUTES)
        self.sla_spin.setSuffix(self.tr(" min"))
        self.sla_spin.setSpecialValueText(self.tr("no target"))
        self.sla_spin.setMinimumWidth(140)
        self.sla_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.reason_box = QCheckBox(self.tr("A reason is required to reject"), self)

        form = QFormLayout()
        form.addRow(self.tr("Assignment:"), self.mode_box)
        form.addRow("", self.targets)
        form.addRow("", self.hot_box)
        form.addRow("", self.escalation_box)
        form.addRow(self.tr("First answer within:"), self.sla_spin)
        form.addRow("", hint(self.tr("Leads not answered in time are escalated; 0 means no "
                                     "target."), self))
        form.addRow("", self.reason_box)
        self.status = StatusLine(self)
        editor = QWidget(self)
        right = QVBoxLayout(editor)
        right.addWidget(self.title)
        right.addLayout(form)
        right.addStretch(1)
        right.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.channel_list)
        splitter.addWidget(editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.mode_box.currentIndexChanged.connect(self._mode_changed)
        for box in (self.person_box, self.role_box):
            box.currentIndexChanged.connect(self._changed)
        for check in (self.hot_box, self.escalation_box, self.reason_box):
            check.toggled.connect(self._changed)
        self.sla_spin.valueChanged.connect(self._changed)
        self.turn_list.itemChanged.connect(self._changed)
        self.turn_list.model().rowsMoved.connect(self._changed)
        self.load()

    def _mode_names(self) -> dict[AssignmentMode, str]:
        return {
            AssignmentMode.NONE: self.tr("Hand out by dispatcher"),
            AssignmentMode.FIXED: self.tr("Fixed person"),
            AssignmentMode.POOL: self.tr("Role pool"),
            AssignmentMode.ROUND_ROBIN: self.tr("Round-robin"),
        }

    def _page(self, caption: str, control: QWidget) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(caption, page))
        layout.addWidget(control)
        layout.addStretch(1)
        return page

    def _turn_page(self) -> QWidget:
        page = QWidget(self)
        arrows = QVBoxLayout()
        for text, step, tip in (("▲", -1, self.tr("Move up")), ("▼", 1, self.tr("Move down"))):
            arrow = button(text, page, lambda step=step: self._move(step), tip)
            arrow.setFixedWidth(36)
            arrows.addWidget(arrow)
        arrows.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.turn_list, 1)
        row.addLayout(arrows)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("In turn, in this order (tick who takes part):"), page))
        layout.addLayout(row)
        return page

    # reading and showing
    def load(self) -> None:
        """Read the channels and people from the desk; drafts are dropped."""
        shown = self._shown
        self._people = {u.id: u for u in self.context.reader.users()}
        self._saved = {w.id: w for w in self.context.reader.channel_workflows()}
        self._drafts = dict(self._saved)
        self._shown = None
        self.channel_list.blockSignals(True)
        self.channel_list.clear()
        for workflow in self._saved.values():
            item = QListWidgetItem(self.channel_list)
            item.setData(ID, workflow.id)
        self.channel_list.blockSignals(False)
        self._label_channels()
        self.setEnabled(bool(self._saved))
        if not self._saved:
            self.title.setText(self.tr("There are no channels yet."))
            return
        self.select_channel(shown if shown in self._saved else next(iter(self._saved)))

    def select_channel(self, channel_id: int) -> None:
        for row in range(self.channel_list.count()):
            if self.channel_list.item(row).data(ID) == channel_id:
                self.channel_list.setCurrentRow(row)
                if self._shown != channel_id:  # the row was current already
                    self._show(channel_id)
                return

    def _label_channels(self) -> None:
        for row in range(self.channel_list.count()):
            item = self.channel_list.item(row)
            workflow = self._drafts[item.data(ID)]
            mark = " *" if workflow != self._saved[workflow.id] else ""
            item.setText(f"{workflow.name}{mark}\n{labels.channel(workflow.kind)}")
            item.setIcon(_dot(labels.CHANNEL_COLORS[workflow.kind]))

    def _channel_picked(self, current: QListWidgetItem | None, _previous=None) -> None:
        if current is not None:
            self._show(current.data(ID))

    def _show(self, channel_id: int) -> None:
        workflow = self._drafts[channel_id]
        rule = workflow.rule
        self._filling = True
        self._shown = channel_id
        self.title.setText(f"{workflow.name} · {labels.channel(workflow.kind)}")
        self.mode_box.setCurrentIndex(MODES.index(rule.mode))
        self._show_target(MODES.index(rule.mode))
        self._fill_person(rule.user_id)
        self.role_box.setCurrentIndex(self.role_box.findData(rule.role.value))
        self._fill_turn(rule.user_ids)
        self.hot_box.setChecked(rule.hot_to_best)
        self.escalation_box.setChecked(rule.reassign_on_escalation)
        self._shown_minutes = round(workflow.sla_seconds / 60)
        self.sla_spin.setValue(self._shown_minutes)
        self.reason_box.setChecked(workflow.reject_reason_required)
        self._filling = False

    def _person_text(self, user_id: int) -> str:
        person = self._people.get(user_id)
        if person is None:
            return self.tr("Removed person #%1").replace("%1", str(user_id))
        try:
            role = labels.role(Role(person.role))
        except ValueError:
            role = person.role
        text = f"{person.name} · {role}"
        return text if person.active else self.tr("%1 (inactive)").replace("%1", text)

    def _active_people(self) -> list[int]:
        return [u.id for u in self._people.values() if u.active]

    def _fill_person(self, user_id: int | None) -> None:
        self.person_box.clear()
        self.person_box.addItem(self.tr("— choose a person —"), None)
        ids = self._active_people()
        if user_id is not None and user_id not in ids:
            ids.append(user_id)
        for person_id in ids:
            self.person_box.addItem(self._person_text(person_id), person_id)
        self.person_box.setCurrentIndex(max(0, self.person_box.findData(user_id)))

    def _fill_turn(self, order: tuple[int, ...]) -> None:
        self.turn_list.clear()
        rest = [u for u in self._active_people() if u not in order]
        for user_id in [*order, *rest]:
            item = QListWidgetItem(self._person_text(user_id), self.turn_list)
            item.setData(ID, user_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Checked if user_id in order
                               else Qt.CheckState.Unchecked)

    # editing
    def _mode_changed(self, index: int) -> None:
        self._show_target(index)
        self._changed()

    def _show_target(self, index: int) -> None:
        """Show the editor of the mode; the others take no room."""
        for page in range(self.targets.count()):
            policy = (QSizePolicy.Policy.Preferred if page == index
                      else QSizePolicy.Policy.Ignored)
            self.targets.widget(page).setSizePolicy(policy, policy)
        self.targets.setCurrentIndex(index)
        self.targets.adjustSize()

    def _move(self, step: int) -> None:
        if move_current(self.turn_list, step):
            self._changed()

    def turn_order(self) -> tuple[int, ...]:
        """The ticked people of the round-robin list, in order."""
        items = (self.turn_list.item(row) for row in range(self.turn_list.count()))
        return tuple(item.data(ID) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def _changed(self, *_args) -> None:
        if self._filling or self._shown is None:
            return
        workflow = self._drafts[self._shown]
        rule = replace(
            workflow.rule, mode=MODES[self.mode_box.currentIndex()],
            user_id=self.person_box.currentData(), role=Role(self.role_box.currentData()),
            user_ids=self.turn_order(), hot_to_best=self.hot_box.isChecked(),
            reassign_on_escalation=self.escalation_box.isChecked())
        minutes = self.sla_spin.value()
        sla = workflow.sla_seconds if minutes == self._shown_minutes else minutes * 60
        self._drafts[self._shown] = replace(
            workflow, rule=rule, sla_seconds=sla,
            reject_reason_required=self.reason_box.isChecked())
        self._label_channels()
        self.status.clear()
        self.edited.emit()

    # saving
    def is_dirty(self) -> bool:
        return self._drafts != self._saved

    def _problem(self, workflow: ChannelWorkflow) -> str | None:
        rule = workflow.rule
        if rule.mode is AssignmentMode.FIXED and rule.user_id is None:
            return self.tr("Choose the person who gets the leads of “%1”.")
        if rule.mode is AssignmentMode.ROUND_ROBIN and not rule.user_ids:
            return self.tr("Tick at least one person to take the leads of “%1” in turn.")
        return None

    def save(self) -> bool:
        changed = [w for w in self._drafts.values() if w != self._saved[w.id]]
        for workflow in changed:
            problem = self._problem(workflow)
            if problem:
                self.select_channel(workflow.id)
                self.status.show_problem(problem.replace("%1", workflow.name))
                return False
        for workflow in changed:
            rules.set_channel_workflow(self.context.uow_factory, workflow.id, workflow.rule,
                                       workflow.sla_seconds, workflow.reject_reason_required)
        self.load()
        self.status.show_ok(self.tr("%n channel(s) saved.", "", len(changed)))
        return True


def _dot(color: str) -> QIcon:
    """A small round mark in the channel's color."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)

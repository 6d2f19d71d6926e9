"""The Scoring tab: points per fact or word, and the warm and hot thresholds."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.codes import ChannelKind
from leaddesk.domain.scoring import DEFAULT_RULES, ScoringKind, ScoringRule, Thresholds
from leaddesk.services import rules
from leaddesk.services.arrival import THRESHOLDS_KEY
from leaddesk.services.context import DeskContext
from leaddesk.ui import labels
from leaddesk.ui.dialogs.rules_base import RulesTab, StatusLine, button, hint

MAX_POINTS = 1000
WORDS, CHANNEL, NOTHING = 0, 1, 2  # the pages of a rule's pattern editor


@dataclass
class RuleEditors:
    """The editors of one rule in the table."""

    kind: QComboBox
    pattern: QStackedWidget
    words: QLineEdit
    channel: QComboBox
    points: QSpinBox

    def rule(self) -> ScoringRule:
        kind = ScoringKind(self.kind.currentData())
        pattern = {ScoringKind.KEYWORD: self.words.text().strip(),
                   ScoringKind.CHANNEL: self.channel.currentData() or ""}.get(kind, "")
        return ScoringRule(kind, self.points.value(), pattern)


class ScoringTab(RulesTab):
    """A table of scoring rules and the two thresholds."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._rows: list[RuleEditors] = []
        self._saved: tuple[list[ScoringRule], Thresholds] = ([], Thresholds())

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("rulesScoring")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Words or channel"),
                                              self.tr("Points")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.count_label = QLabel(self)
        self.empty_hint = hint(self.tr("With no rules of your own the standard rules apply."),
                               self)

        self.warm_spin = self._threshold_spin("rulesWarm")
        self.hot_spin = self._threshold_spin("rulesHot")
        thresholds = QHBoxLayout()
        thresholds.addWidget(QLabel(self.tr("Warm from a score of:"), self))
        thresholds.addWidget(self.warm_spin)
        thresholds.addSpacing(24)
        thresholds.addWidget(QLabel(self.tr("Hot from a score of:"), self))
        thresholds.addWidget(self.hot_spin)
        thresholds.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(button(self.tr("Add rule"), self, self.add_rule))
        buttons.addWidget(button(self.tr("Remove rule"), self, self.remove_rule))
        buttons.addWidget(button(self.tr("Standard rules"), self, self.standard_rules,
                                 self.tr("Put the rules LeadDesk starts with back in the "
                                         "table")))
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        self.status = StatusLine(self)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "Every rule that matches a new lead adds its points (negative points take them "
            "away: spam words, for instance). The total makes the lead cold, warm or hot."),
            self))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_hint)
        layout.addLayout(thresholds)
        layout.addWidget(self.status)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.load()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Typing in a rule's editors selects its row (Remove rule removes that one)."""
        if new is None or not self.table.isAncestorOf(new):
            return
        for row, editors in enumerate(self._rows):
            for column, cell in enumerate((editors.kind, editors.pattern, editors.points)):
                if cell is new or cell.isAncestorOf(new):
                    self.table.setCurrentCell(row, column)
                    return

    def _threshold_spin(self, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(-MAX_POINTS, MAX_POINTS)
        spin.setMinimumWidth(90)
        spin.valueChanged.connect(self._changed)
        return spin

    def _kind_names(self) -> dict[ScoringKind, str]:
        return {
            ScoringKind.KEYWORD: self.tr("The text has any of the words"),
            ScoringKind.PRODUCT_CARD: self.tr("Written from a product card"),
            ScoringKind.PHONE_AND_EMAIL: self.tr("Both a phone and an email are known"),
            ScoringKind.REPEAT_CUSTOMER: self.tr("The contact has written before"),
            ScoringKind.CONVERTED_BEFORE: self.tr("The contact has bought before"),
            ScoringKind.CHANNEL: self.tr("It came through the channel"),
        }

    # reading and showing
    def load(self) -> None:
        stored = self.context.reader.setting(THRESHOLDS_KEY) or {}
        default = Thresholds()
        thresholds = Thresholds(int(stored.get("warm", default.warm)),
                                int(stored.get("hot", default.hot)))
        self._saved = (list(self.context.reader.scoring_rules()), thresholds)
        self._show(*self._saved)

    def _show(self, rules_shown: list[ScoringRule], thresholds: Thresholds) -> None:
        self.table.setRowCount(0)
        self._rows = []
        for rule in rules_shown:
            self._append(rule)
        for spin, value in ((self.warm_spin, thresholds.warm), (self.hot_spin, thresholds.hot)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self._counted()

    def _append(self, rule: ScoringRule) -> RuleEditors:
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = QComboBox(self.table)
        for value, text in self._kind_names().items():
            kind.addItem(text, value.value)
        kind.setCurrentIndex(kind.findData(rule.kind.value))
        words = QLineEdit(rule.pattern if rule.kind is ScoringKind.KEYWORD else "", self.table)
        words.setPlaceholderText(self.tr("words or word beginnings, separated by commas"))
        channel = QComboBox(self.table)
        for channel_kind in ChannelKind:
            channel.addItem(labels.channel(channel_kind), channel_kind.value)
        if rule.kind is ScoringKind.CHANNEL:
            if channel.findData(rule.pattern) < 0:
                channel.addItem(rule.pattern, rule.pattern)
            channel.setCurrentIndex(channel.findData(rule.pattern))
        pattern = QStackedWidget(self.table)
        unused = QLineEdit(self.table)
        unused.setPlaceholderText("—")
        unused.setEnabled(False)
        for page in (words, channel, unused):
            pattern.addWidget(page)
        points = QSpinBox(self.table)
        points.setRange(-MAX_POINTS, MAX_POINTS)
        points.setValue(rule.points)
        points.setToolTip(self.tr("Negative points lower the score"))
        points.setMinimumWidth(80)
        editors = RuleEditors(kind, pattern, words, channel, points)
        self._rows.append(editors)
        self._show_pattern(editors)
        self.table.setCellWidget(row, 0, kind)
        self.table.setCellWidget(row, 1, pattern)
        self.table.setCellWidget(row, 2, points)
        kind.currentIndexChanged.connect(lambda _index: self._kind_changed(editors))
        words.textEdited.connect(self._changed)
        channel.currentIndexChanged.connect(self._changed)
        points.valueChanged.connect(self._changed)
        return editors

    def _show_pattern(self, editors: RuleEditors) -> None:
        kind = ScoringKind(editors.kind.currentData())
        editors.pattern.setCurrentIndex({ScoringKind.KEYWORD: WORDS,
                                         ScoringKind.CHANNEL: CHANNEL}.get(kind, NOTHING))

    def _kind_changed(self, editors: RuleEditors) -> None:
        self._show_pattern(editors)
        self._changed()

    def _counted(self) -> None:
        self.count_label.setText(self.tr("%n rule(s)", "", len(self._rows)))
        self.empty_hint.setVisible(not self._rows)

    # editing
    def add_rule(self) -> RuleEditors:
        editors = self._append(ScoringRule(ScoringKind.KEYWORD, 10))
        self.table.setCurrentCell(len(self._rows) - 1, 1)
        editors.words.setFocus()
        self._changed()
        return editors

    def remove_rule(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._rows):
            del self._rows[row]
            self.table.removeRow(row)
            self._changed()

    def standard_rules(self) -> None:
        self._show(list(DEFAULT_RULES), self.thresholds())
        self._changed()

    def _changed(self, *_args) -> None:
        self._counted()
        self.status.clear()
        self.edited.emit()

    def current_rules(self) -> list[ScoringRule]:
        return [row.rule() for row in self._rows]

    def thresholds(self) -> Thresholds:
        return Thresholds(self.warm_spin.value(), self.hot_spin.value())

    # saving
    def is_dirty(self) -> bool:
        return (self.current_rules(), self.thresholds()) != self._saved

    def _problem(self) -> str | None:
        thresholds = self.thresholds()
        if thresholds.hot <= thresholds.warm:
            self.hot_spin.setFocus()
            return self.tr("The hot threshold must be above the warm one.")
        for row, rule in enumerate(self.current_rules()):
            if rule.kind is ScoringKind.KEYWORD and not rule.keywords():
                self.table.setCurrentCell(row, 1)
                self._rows[row].words.setFocus()
                return self.tr("Rule %1: write at least one word.").replace("%1", str(row + 1))
        return None

    def save(self) -> bool:
        problem = self._problem()
        if problem:
            self.status.show_problem(problem)
            return False
        current = self.current_rules()
        rules.set_scoring(self.context.uow_factory, current, self.thresholds())
        self.load()
        if current:
            self.status.show_ok(self.tr("Saved. New leads are scored by these rules."))
        else:
            self.status.show_ok(self.tr("Saved. With no rules of your own, the standard rules "
                                        "apply."))
        return True

"""What the tabs of the rules dialog share: a changed flag, a save, a status line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QWidget

OK_COLOR = "#1e8449"
PROBLEM_COLOR = "#c0392b"
HINT_COLOR = "#666666"


class RulesTab(QWidget):
    """One tab: ``load()`` reads from the desk, ``save()`` writes what changed."""

    edited = Signal()  # something typed or picked: the changed state may differ now
    status: StatusLine  # each tab makes one, under its editors

    def is_dirty(self) -> bool:
        raise NotImplementedError

    def save(self) -> bool:
        """Store the changes. False (and the reason shown) when nothing could be saved."""
        raise NotImplementedError


class StatusLine(QLabel):
    """A line under a tab saying what a save did, or what stops it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def show_ok(self, text: str) -> None:
        self.setStyleSheet(f"color: {OK_COLOR};")
        self.setText(text)

    def show_problem(self, text: str) -> None:
        self.setStyleSheet(f"color: {PROBLEM_COLOR}; font-weight: bold;")
        self.setText(text)


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    """A grey explanation under a control."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {HINT_COLOR};")
    return label


def roomy(view: QListWidget) -> None:
    """A little air around the rows of a list."""
    view.setStyleSheet("QListWidget::item { padding: 3px 4px; }")


def button(text: str, parent: QWidget, slot: Callable[[], object], tip: str = "") -> QPushButton:
    """A push button that Enter in a text field does not press."""
    widget = QPushButton(text, parent)
    widget.setAutoDefault(False)
    widget.clicked.connect(slot)
    if tip:
        widget.setToolTip(tip)
    return widget


def move_current(view: QListWidget, step: int) -> bool:
    """Move the current row of ``view`` up (-1) or down (+1). True when it moved."""
    row = view.currentRow()
    target = row + step
    if row < 0 or not 0 <= target < view.count():
        return False
    blocked = view.blockSignals(True)
    item = view.takeItem(row)
    view.insertItem(target, item)
    view.blockSignals(blocked)
    view.setCurrentRow(target)
    return True

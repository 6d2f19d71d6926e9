"""Small pieces the card's dialogs share: the hint line and the button row."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

HINT_COLOR = "#a0471a"


def hint_label(parent: QWidget) -> QLabel:
    """The line that says, in plain words, what the input still lacks (empty when valid)."""
    label = QLabel(parent)
    label.setObjectName("hint")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {HINT_COLOR};")
    label.setMinimumHeight(label.fontMetrics().height())
    return label


def button_box(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """OK (named ``ok_text``, the default button, so Enter presses it) and Cancel (Esc)."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setDefault(True)
    ok.setAutoDefault(True)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, ok


def roomy(view: QWidget) -> None:
    """A little air around the rows of a list, so they read as separate choices."""
    view.setStyleSheet("QListWidget::item { padding: 3px 4px; }")


def digit_of(key: int) -> int | None:
    """0..9 for the digit keys (main row or keypad), else None."""
    first, last = Qt.Key.Key_0.value, Qt.Key.Key_9.value
    return key - first if first <= key <= last else None


class _CtrlEnterAccepts(QObject):
    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self._dialog.accept()
            return True
        return super().eventFilter(watched, event)


def accept_on_ctrl_enter(dialog: QDialog, text_edit: QWidget) -> None:
    """Ctrl+Enter in a multi-line field accepts the dialog (plain Enter makes a new line)."""
    text_edit.installEventFilter(_CtrlEnterAccepts(dialog))


class ValidatedDialog(QDialog):
    """A dialog whose OK is enabled only while ``_problem()`` finds nothing, the problem
    shown in words on ``self.hint``; subclasses set ``hint`` and ``ok_button``."""

    hint: QLabel
    ok_button: QPushButton

    def _problem(self) -> str:
        return ""

    def _update(self) -> None:
        problem = self._problem()
        self.hint.setText(problem)
        self.ok_button.setEnabled(not problem)

    def accept(self) -> None:
        if not self._problem():
            super().accept()

""""Test connection" for an email account: the servers are tried off the GUI thread, each
step's result shown as ✓ or ✗ with what the server said."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from leaddesk.services.email_accounts import CheckResult
from leaddesk.ui import labels
from leaddesk.ui.ops import QueryOp

OK_COLOR = "#1e8449"
PROBLEM_COLOR = "#c0392b"


class ConnectionCheck(QWidget):
    """The button, a busy bar while the servers are tried, and the results.

    ``start(job)`` runs ``job`` on the task pool: it returns the check's results, or None
    when there is no password to try.

    Signals:
        finished(): the results (or the failure) are shown.
    """

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.running = False
        self._ready = False
        self._lines: list[tuple[bool, str]] = []
        self.button = QPushButton(self.tr("Test connection"), self)
        self.button.setObjectName("testConnection")
        self.button.setAutoDefault(False)
        self.button.setToolTip(self.tr("Log in to both servers and look for the folders; "
                                       "nothing is sent or changed"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # moving to and fro: no end is known
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        self.busy_label = QLabel(self.tr("Connecting to the servers…"), self)
        self.busy_label.hide()
        self.results = QLabel(self)
        self.results.setObjectName("checkResults")
        self.results.setWordWrap(True)
        self.results.setTextFormat(Qt.TextFormat.RichText)
        self.results.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.busy)
        row.addWidget(self.busy_label)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.results)
        self._enable()

    def set_ready(self, ready: bool) -> None:
        """Whether the settings are complete enough to be tried."""
        self._ready = ready
        self._enable()

    def _enable(self) -> None:
        self.button.setEnabled(self._ready and not self.running)

    def start(self, job: Callable[[], list[CheckResult] | None]) -> None:
        if self.running:
            return
        self.running = True
        self._enable()
        self.clear()
        self.busy.show()
        self.busy_label.show()
        QueryOp(job).success(self._answered).failure(self._failed).run()

    def clear(self) -> None:
        self._lines = []
        self.results.clear()

    def lines(self) -> list[str]:
        """The results shown, as plain text: "✓ ..." or "✗ ...", one step a line."""
        return [f"{'✓' if ok else '✗'} {text}" for ok, text in self._lines]

    # answers
    def _answered(self, results: list[CheckResult] | None) -> None:
        if not shiboken6.isValid(self):
            return  # the form was closed meanwhile
        if results is None:
            self._show([(False, self.tr("No password: type it (this computer's keyring has "
                                        "none for this account)."))])
        else:
            self._show([(result.ok, self.step_words(result)) for result in results])

    def _failed(self, error: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self._show([(False, self.tr("The test failed: %1").replace(
            "%1", str(error) or type(error).__name__))])

    def _show(self, lines: list[tuple[bool, str]]) -> None:
        self.running = False
        self.busy.hide()
        self.busy_label.hide()
        self._enable()
        self._lines = lines
        self.results.setText("<br>".join(
            f"<span style='color:{OK_COLOR if ok else PROBLEM_COLOR}'>"
            f"{'✓' if ok else '✗'} {escape(text)}</span>" for ok, text in lines))
        self.finished.emit()

    def step_words(self, result: CheckResult) -> str:
        """One step in words: what was tried, then what came of it."""
        if result.part == "imap":
            what = self.tr("Reading mail (IMAP)")
            outcome = (self.tr("logged in; folders: %1").replace("%1", result.message)
                       if result.ok and result.message else
                       self.tr("logged in") if result.ok else
                       labels.channel_problem(result.message))
        elif result.part == "folders":
            what = self.tr("Watched folders")
            outcome = (self.tr("all found") if result.ok else
                       self.tr("not on the server: %1").replace("%1", result.message))
        elif result.part == "smtp":
            what = self.tr("Sending answers (SMTP)")
            outcome = self.tr("logged in (nothing was sent)") if result.ok else \
                labels.channel_problem(result.message)
        else:
            what, outcome = result.part, result.message
        return f"{what}: {outcome}" if outcome else what

"""The supervisor's rules: channels, reject reasons, reply templates, scoring, company."""

from __future__ import annotations

import traceback

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
)

from leaddesk.services.context import DeskContext
from leaddesk.ui import message_bridge
from leaddesk.ui.dialogs.rules_base import RulesTab
from leaddesk.ui.dialogs.rules_channels import ChannelsTab
from leaddesk.ui.dialogs.rules_company import CompanyTab
from leaddesk.ui.dialogs.rules_reasons import ReasonsTab
from leaddesk.ui.dialogs.rules_scoring import ScoringTab
from leaddesk.ui.dialogs.rules_templates import TemplatesTab

Answer = QMessageBox.StandardButton


class RulesDialog(QDialog):
    """One tab per kind of rule; Save stores every tab that changed, each through its
    service. Closing with changes not saved asks first."""

    def __init__(self, context: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Rules"))
        self.setObjectName("rulesDialog")
        self.resize(900, 600)

        self.channels = ChannelsTab(context, self)
        self.reasons = ReasonsTab(context, self)
        self.templates = TemplatesTab(context, self)
        self.scoring = ScoringTab(context, self)
        self.company = CompanyTab(context, self)
        self._titles: dict[RulesTab, str] = {
            self.channels: self.tr("Channels"),
            self.reasons: self.tr("Reject reasons"),
            self.templates: self.tr("Reply templates"),
            self.scoring: self.tr("Scoring"),
            self.company: self.tr("Company"),
        }
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("rulesTabs")
        for tab, title in self._titles.items():
            self.tabs.addTab(tab, title)
            tab.edited.connect(self._update)

        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("rulesSave")
        self.save_button.setToolTip(self.tr("Save the changes in every tab"))
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self._update()

    def dirty_tabs(self) -> list[RulesTab]:
        """The tabs with changes not saved yet."""
        return [tab for tab in self._titles if tab.is_dirty()]

    def _update(self) -> None:
        dirty = self.dirty_tabs()
        for tab, title in self._titles.items():
            self.tabs.setTabText(self.tabs.indexOf(tab), f"{title} *" if tab in dirty else title)
        self.save_button.setEnabled(bool(dirty))
        self.save_button.setDefault(bool(dirty))

    def save(self) -> bool:
        """Save every changed tab. False when one could not be saved (that tab is shown,
        with the reason)."""
        saved = True
        for tab in self.dirty_tabs():
            try:
                ok = tab.save()
            except Exception as error:
                message_bridge.error(self.tr("Saving the rules"), error, traceback.format_exc())
                tab.status.show_problem(self.tr("Could not save: %1").replace(
                    "%1", str(error) or type(error).__name__))
                ok = False
            if not ok and saved:
                self.tabs.setCurrentWidget(tab)
            saved = saved and ok
        self._update()
        return saved

    def ask_unsaved(self, titles: list[str]) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel for changes not saved in the tabs named."""
        return QMessageBox.question(
            self, self.tr("Rules"),
            self.tr("Changes not saved: %1. Save them?").replace("%1", ", ".join(titles)),
            Answer.Save | Answer.Discard | Answer.Cancel, Answer.Save)

    def reject(self) -> None:
        """Close, asking first when something typed is not saved."""
        dirty = self.dirty_tabs()
        if dirty:
            answer = self.ask_unsaved([self._titles[tab] for tab in dirty])
            if answer == Answer.Cancel or (answer == Answer.Save and not self.save()):
                return
        super().reject()

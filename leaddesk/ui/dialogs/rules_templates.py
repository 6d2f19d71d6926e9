"""The Reply templates tab: titles, texts with placeholders, and a live preview."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.templates import TemplateValues, render_template
from leaddesk.services import invoices, rules
from leaddesk.services.context import DeskContext
from leaddesk.services.ports import TemplateInfo
from leaddesk.ui.dialogs.rules_base import RulesTab, StatusLine, button, hint, roomy

PREVIEW_STYLE = "QPlainTextEdit { background: #f6f6f2; }"


class TemplatesTab(RulesTab):
    """Reply templates and conversation scripts."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._saved: list[TemplateInfo] = []
        self._drafts: list[TemplateInfo] = []
        self._filling = False
        self._values = TemplateValues()

        self.template_list = QListWidget(self)
        self.template_list.setObjectName("rulesTemplates")
        roomy(self.template_list)
        self.template_list.currentRowChanged.connect(self._show)
        add = button(self.tr("Add"), self, self.add_template)
        remove = button(self.tr("Remove"), self, self.remove_template)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.template_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        left_layout.addLayout(buttons)

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("rulesTemplateTitle")
        self.title_edit.setMaxLength(200)
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("rulesTemplateBody")
        self.body_edit.setTabChangesFocus(True)
        self.script_box = QCheckBox(self.tr("Conversation script (a guide for a call, not a "
                                            "message to send)"), self)
        placeholders = hint(self.tr(
            "Placeholders: {name} or {имя} — the customer's name, {product} or {товар} — the "
            "product, {manager} or {менеджер} — the manager's name, {company} or {компания} "
            "— our company."), self)
        placeholders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("rulesTemplatePreview")
        self.preview.setReadOnly(True)
        self.preview.setStyleSheet(PREVIEW_STYLE)
        self.preview.setToolTip(self.tr("The text as a customer would read it, with sample "
                                        "values"))

        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Text:"), self.body_edit)
        form.addRow("", self.script_box)
        form.addRow("", placeholders)
        form.addRow(self.tr("Preview:"), self.preview)
        self.editor = QWidget(self)
        self.editor.setLayout(form)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 620])
        self.status = StatusLine(self)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        self.title_edit.textEdited.connect(self._changed)
        self.body_edit.textChanged.connect(self._changed)
        self.script_box.toggled.connect(self._changed)
        self.load()

    def sample_values(self) -> TemplateValues:
        """What the preview fills the placeholders with (our company's name, if known)."""
        company = invoices.requisites(self.context.reader).name
        return TemplateValues(name=self.tr("Anna"), product=self.tr("Bork C804 coffee machine"),
                              manager=self.tr("Maria Ivanova"),
                              company=company or self.tr("Horns & Hooves LLC"))

    # reading and showing
    def load(self, select: str | None = None) -> None:
        self._values = self.sample_values()
        self._saved = list(self.context.reader.templates())
        self._drafts = list(self._saved)
        self.template_list.blockSignals(True)
        self.template_list.clear()
        for template in self._drafts:
            QListWidgetItem(self._list_text(template), self.template_list)
        self.template_list.blockSignals(False)
        titles = [t.title for t in self._drafts]
        row = titles.index(select) if select in titles else (0 if titles else -1)
        self.template_list.setCurrentRow(row)
        self._show(row)

    def _list_text(self, template: TemplateInfo) -> str:
        title = template.title.strip() or self.tr("(no title)")
        if template.is_script:
            return self.tr("%1 · script").replace("%1", title)
        return title

    def _show(self, row: int) -> None:
        template = self._drafts[row] if 0 <= row < len(self._drafts) else None
        self._filling = True
        self.editor.setEnabled(template is not None)
        self.title_edit.setText(template.title if template else "")
        self.body_edit.setPlainText(template.body if template else "")
        self.script_box.setChecked(bool(template and template.is_script))
        self._filling = False
        self._preview()

    def _preview(self) -> None:
        self.preview.setPlainText(render_template(self.body_edit.toPlainText(),
                                                  self._values))

    # editing
    def add_template(self) -> None:
        self._drafts.append(TemplateInfo(None, self.tr("New template"), ""))
        QListWidgetItem(self._list_text(self._drafts[-1]), self.template_list)
        self.template_list.setCurrentRow(len(self._drafts) - 1)
        self.title_edit.setFocus()
        self.title_edit.selectAll()
        self._changed()

    def remove_template(self) -> None:
        row = self.template_list.currentRow()
        if row < 0:
            return
        del self._drafts[row]
        self.template_list.takeItem(row)
        self._show(self.template_list.currentRow())
        self._changed()

    def _changed(self, *_args) -> None:
        if self._filling:
            return
        row = self.template_list.currentRow()
        if 0 <= row < len(self._drafts):
            template = replace(self._drafts[row], title=self.title_edit.text(),
                               body=self.body_edit.toPlainText(),
                               is_script=self.script_box.isChecked())
            self._drafts[row] = template
            self.template_list.item(row).setText(self._list_text(template))
        self._preview()
        self.status.clear()
        self.edited.emit()

    def drafts(self) -> list[TemplateInfo]:
        return list(self._drafts)

    # saving
    def is_dirty(self) -> bool:
        return self._drafts != self._saved

    def save(self) -> bool:
        for row, template in enumerate(self._drafts):
            title, body = template.title.strip(), template.body.strip()
            if title and not body:
                problem = self.tr("The template “%1” has no text.").replace("%1", title)
            elif body and not title:
                problem = self.tr("A template has text but no title.")
            else:
                continue
            self.template_list.setCurrentRow(row)
            self.status.show_problem(problem)
            return False
        current = self.template_list.currentRow()
        keep = self._drafts[current].title.strip() if 0 <= current < len(self._drafts) else None
        rules.set_templates(self.context.uow_factory,
                            [replace(t, title=t.title.strip()) for t in self._drafts])
        self.load(select=keep)
        self.status.show_ok(self.tr("%n template(s) saved.", "", len(self._saved)))
        return True

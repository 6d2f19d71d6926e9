"""Picking a reply template by keyboard: type to filter, Up/Down to choose, Enter to insert."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
)

from leaddesk.domain.templates import TemplateValues, render_template
from leaddesk.services.ports import TemplateInfo

INDEX = Qt.ItemDataRole.UserRole
SCRIPT_COLOR = "#8a5cc2"
NAVIGATION_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


def matches(template: TemplateInfo, query: str) -> bool:
    """Every word of ``query`` is in the template's title or text (case ignored)."""
    haystack = f"{template.title}\n{template.body}".casefold()
    return all(word in haystack for word in query.casefold().split())


class TemplatePicker(QDialog):
    """Quick insertion of a reply template; ``text()`` is the chosen one, filled in."""

    def __init__(self, templates: list[TemplateInfo], values: TemplateValues,
                 parent=None) -> None:
        super().__init__(parent)
        self._templates = list(templates)
        self._values = values
        self.setWindowTitle(self.tr("Insert a template"))
        self.setObjectName("templatePicker")
        self.resize(760, 440)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("templateFilter")
        self.filter_edit.setPlaceholderText(self.tr("Find by title or text…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.installEventFilter(self)
        self.filter_edit.textChanged.connect(self._filter)
        self.template_list = QListWidget(self)
        self.template_list.setObjectName("templateList")
        self.template_list.currentRowChanged.connect(self._show)
        self.template_list.itemActivated.connect(lambda _item: self.accept())
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("templatePreview")
        self.preview.setReadOnly(True)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setStyleSheet("QPlainTextEdit { background: #f6f6f2; }")
        self.count_label = QLabel(self)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.template_list)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 480])
        self.insert_button = QPushButton(self.tr("Insert"), self)
        self.insert_button.setDefault(True)
        self.insert_button.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.insert_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._filter("")
        self.filter_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up, Down, Page Up and Page Down in the filter move through the list."""
        if (watched is self.filter_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in NAVIGATION_KEYS):
            QApplication.sendEvent(self.template_list, event)
            return True
        return super().eventFilter(watched, event)

    def set_filter(self, text: str) -> None:
        self.filter_edit.setText(text)

    def _filter(self, query: str) -> None:
        self.template_list.clear()
        for index, template in enumerate(self._templates):
            if matches(template, query):
                self.template_list.addItem(self._item(index, template))
        shown = self.template_list.count()
        if not self._templates:
            self.count_label.setText(self.tr("There are no templates yet: a supervisor adds "
                                             "them in Rules."))
        elif query.strip() and not shown:
            self.count_label.setText(self.tr("No template has these words."))
        else:
            self.count_label.setText(self.tr("%n template(s)", "", shown))
        self.template_list.setCurrentRow(0 if shown else -1)
        self._show(self.template_list.currentRow())

    def _item(self, index: int, template: TemplateInfo) -> QListWidgetItem:
        item = QListWidgetItem(template.title)
        item.setData(INDEX, index)
        if template.is_script:
            item.setText(self.tr("%1 · script").replace("%1", template.title))
            item.setForeground(QColor(SCRIPT_COLOR))
            item.setToolTip(self.tr("A conversation script: a guide for a call"))
        return item

    def _show(self, _row: int) -> None:
        self.preview.setPlainText(self.text())
        self.insert_button.setEnabled(self.template() is not None)

    def template(self) -> TemplateInfo | None:
        """The template chosen now, or None when the list is empty."""
        item = self.template_list.currentItem()
        return None if item is None else self._templates[item.data(INDEX)]

    def text(self) -> str:
        """The chosen template with its placeholders filled ("" when none is chosen)."""
        template = self.template()
        return "" if template is None else render_template(template.body, self._values)

    def accept(self) -> None:
        if self.template() is not None:
            super().accept()

"""The reports: a list of the ten reports on the left, the period bar on top, the chosen
report as a table, and its export to CSV."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leaddesk.services import analytics
from leaddesk.services.context import DeskContext
from leaddesk.ui import report_export, report_labels
from leaddesk.ui.ops import QueryOp
from leaddesk.ui.period_bar import PeriodBar
from leaddesk.ui.report_table_model import ReportTableModel

LIST_WIDTH = 300
MAX_COLUMN = 240
FAINT = "#666666"


class ReportsView(QWidget):
    """One report at a time over the period and channels chosen on top.

    Signals:
        report_shown(str): the table shows fresh rows of the report (by name).
    """

    report_shown = Signal(str)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._ready = False
        self._generation = 0
        self._item_labels: dict[str, QLabel] = {}
        self.report: analytics.Report | None = None

        self.period_bar = PeriodBar(self)
        self.report_list = QListWidget(self)
        self.report_list.setFixedWidth(LIST_WIDTH)
        self.report_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        for name in analytics.REPORT_NAMES:
            self._add_report_item(name)

        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.explanation_label = QLabel(self)
        self.explanation_label.setWordWrap(True)
        self.state_label = QLabel(self)
        self.state_label.setStyleSheet("color: #666;")
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_csv)

        self.model = ReportTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(False)

        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addStretch(1)
        heading.addWidget(self.state_label)
        heading.addWidget(self.export_button)
        right = QVBoxLayout()
        right.addLayout(heading)
        right.addWidget(self.explanation_label)
        right.addWidget(self.table, 1)
        body = QHBoxLayout()
        body.addWidget(self.report_list)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.period_bar)
        layout.addLayout(body, 1)

        self.report_list.currentRowChanged.connect(self._report_chosen)
        self.period_bar.changed.connect(lambda _period: self.refresh())
        self.report_list.setCurrentRow(0)
        self.set_up()

    def _add_report_item(self, name: str) -> None:
        item = QListWidgetItem(self.report_list)
        item.setData(Qt.ItemDataRole.UserRole, name)
        item.setToolTip(report_labels.report_explanation(name))
        label = QLabel(self._item_html(name, selected=False))
        self._item_labels[name] = label
        label.setWordWrap(True)
        label.setContentsMargins(6, 4, 6, 4)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        width = LIST_WIDTH - 24
        item.setSizeHint(QSize(width, label.heightForWidth(width) + 2))
        self.report_list.setItemWidget(item, label)

    def _item_html(self, name: str, selected: bool) -> str:
        title = html.escape(report_labels.report_title(name))
        explanation = html.escape(report_labels.report_explanation(name))
        palette = self.palette()
        if selected:
            color = palette.color(QPalette.ColorRole.HighlightedText).name()
            return (f"<b style='color:{color}'>{title}</b><br>"
                    f"<span style='color:{color}'>{explanation}</span>")
        return f"<b>{title}</b><br><span style='color:{FAINT}'>{explanation}</span>"

    # -- what is shown --

    def current_name(self) -> str:
        item = self.report_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else analytics.REPORT_NAMES[0]

    def choose_report(self, name: str) -> None:
        self.report_list.setCurrentRow(analytics.REPORT_NAMES.index(name))

    def refresh(self) -> None:
        """Run the chosen report again over the chosen period and channels."""
        if not self._ready:
            return
        name = self.current_name()
        period = self.period_bar.period()
        query = analytics.ReportQuery(name=name, start=period.start, end=period.end,
                                      channels=period.channels)
        self._generation += 1
        generation = self._generation
        self.state_label.setText(self.tr("Loading…"))
        self.table.setEnabled(False)
        reader = self._context.reader

        def done(report) -> None:
            if generation == self._generation:
                self._show(report)

        def failed(error: Exception) -> None:
            if generation == self._generation:
                self.table.setEnabled(True)
                self.state_label.setText(self.tr("The report could not be made: %1").replace(
                    "%1", str(error) or type(error).__name__))

        QueryOp(lambda: analytics.run_report(reader, query),
                what=report_labels.report_title(name)).success(done).failure(failed).run()

    def _show(self, report: analytics.Report) -> None:
        self.report = report
        self.model.set_report(report)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setEnabled(True)
        self._fit_columns()
        self.state_label.setText("" if report.rows else self.tr("No leads in this period."))
        self.export_button.setEnabled(True)
        self.report_shown.emit(report.name)

    def _fit_columns(self) -> None:
        """Columns as wide as their contents, the spare width shared out (up to a limit)
        so that a short report does not huddle on the left."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        count = self.model.columnCount()
        if not count:
            return
        spare = self.table.viewport().width() - header.length()
        if spare <= 0:
            return
        for column in range(count):
            width = header.sectionSize(column)
            header.resizeSection(column, min(width + spare // count, max(width, MAX_COLUMN)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.report is not None:
            self._fit_columns()

    def _report_chosen(self, _row: int) -> None:
        name = self.current_name()
        for other, label in self._item_labels.items():
            label.setText(self._item_html(other, selected=other == name))
        self.title_label.setText(report_labels.report_title(name))
        self.explanation_label.setText(report_labels.report_explanation(name))
        self.export_button.setEnabled(False)
        self.refresh()

    # -- loading the channels and the company's day --

    def set_up(self) -> None:
        """Read the channels and the company's day (again: a channel or the zone changed),
        then the figures."""
        self.period_bar.load(self._context, self._on_set_up)

    def _on_set_up(self, _sources) -> None:
        self._ready = True
        self.refresh()

    # -- saving --

    def export_csv(self) -> None:
        if self.report is None:
            return
        report = self.report
        path = report_export.ask_save_path(
            self, self.tr("Export the report"),
            report_export.report_file_name(report.name, report.start, report.end, ".csv"),
            self.tr("CSV file (*.csv)"))
        if path is not None:
            report_export.write_rows_csv(path, report.columns, self.model.rows)

"""A report's rows as a table: translated headers, formatted cells, sorting by column.

Reports have a few dozen rows at most, so the model holds them all and sorts them
itself (no proxy model).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from leaddesk.ui import report_labels


class ReportTableModel(QAbstractTableModel):
    """The rows of one ``analytics.Report`` (``columns`` in display order)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.report_name = ""
        self.columns: list[str] = []
        self.rows: list[dict[str, Any]] = []

    def set_report(self, report) -> None:
        self.beginResetModel()
        self.report_name = report.name
        self.columns = list(report.columns)
        self.rows = list(report.rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        key = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return report_labels.column_title(self.report_name, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(key)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self.columns[index.column()]
        value = self.rows[index.row()].get(key)
        if role == Qt.ItemDataRole.DisplayRole:
            return report_labels.cell_text(key, value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(key)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by the raw values (numbers as numbers, channels in their display words);
        empty cells go last either way."""
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column]
        descending = order == Qt.SortOrder.DescendingOrder
        filled = [row for row in self.rows if row.get(key) is not None]
        empty = [row for row in self.rows if row.get(key) is None]
        filled.sort(key=lambda row: self._sort_key(key, row[key]), reverse=descending)
        self.layoutAboutToBeChanged.emit()
        self.rows = filled + empty
        self.layoutChanged.emit()

    @staticmethod
    def _sort_key(key: str, value: Any) -> Any:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return (0, value, "")
        if key in ("channel", "status", "stage"):
            return (1, 0, report_labels.cell_text(key, value).casefold())
        return (1, 0, str(value).casefold())

    @staticmethod
    def _alignment(key: str) -> Qt.AlignmentFlag:
        horizontal = (Qt.AlignmentFlag.AlignRight if report_labels.is_numeric(key)
                      else Qt.AlignmentFlag.AlignLeft)
        return horizontal | Qt.AlignmentFlag.AlignVCenter

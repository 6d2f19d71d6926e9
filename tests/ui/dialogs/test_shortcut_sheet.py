"""The shortcut sheet: read-only, closed by Esc or F1."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from leaddesk.ui.dialogs.shortcut_sheet import ShortcutSheet

ROWS = [("T", "Take the lead"), ("Ctrl+Enter", "Send the reply"), ("F1", "This sheet")]


@pytest.mark.parametrize("key", [Qt.Key.Key_F1, Qt.Key.Key_Escape])
def test_the_sheet_lists_the_keys_and_closes_on_f1_or_esc(qtbot, key):
    sheet = ShortcutSheet(ROWS)
    qtbot.addWidget(sheet)
    sheet.show()
    table = sheet.table
    assert [table.horizontalHeaderItem(c).text() for c in range(2)] == ["Key", "What it does"]
    assert [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(3)] == ROWS
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    qtbot.keyClick(sheet, key)
    assert not sheet.isVisible()

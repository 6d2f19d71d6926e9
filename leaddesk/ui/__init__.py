"""The PySide6 user interface. Widgets reach the data through ``leaddesk.services`` only."""

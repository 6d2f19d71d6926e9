"""The peak-hour and response charts (pyqtgraph), one module per chart.

Importing this package imports pyqtgraph (half a second): ``charts_view`` imports it
when the charts are first built, never at start-up.
"""

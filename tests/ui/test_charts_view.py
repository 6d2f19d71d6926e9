"""The charts: what they draw is what the data says, and what they save is a real picture
and the rows behind it."""

from __future__ import annotations

import csv
import struct
import subprocess
import sys
from datetime import date, timedelta

import numpy as np
import pytest
from PySide6.QtCore import QLocale

from leaddesk.services import analytics
from leaddesk.ui import report_export
from leaddesk.ui.charts_view import ChartsView

# -- fixtures --


class FakeReports:
    """Stands in for ``analytics.run_report``: answers from ``rows`` and records queries."""

    COLUMNS = {"peak-hours": ["channel", "hour", "count"],
               "heatmap": ["weekday", "hour", "count"],
               "funnel": ["channel", "stage", "count", "money"],
               "response-distribution": ["channel", "upto_seconds", "count"]}

    def __init__(self, rows: dict[str, list[dict]]) -> None:
        self.rows = rows
        self.queries: list[analytics.ReportQuery] = []

    def __call__(self, reader, query: analytics.ReportQuery) -> analytics.Report:
        self.queries.append(query)
        return analytics.Report(query.name, query.start, query.end,
                                self.COLUMNS[query.name], list(self.rows.get(query.name, [])))


@pytest.fixture
def fake_reports(monkeypatch):
    fake = FakeReports({})
    monkeypatch.setattr(analytics, "run_report", fake)
    return fake


def open_charts(qtbot, context, key: str = "peak-hours") -> ChartsView:
    """The charts view, shown, once the chart ``key`` has drawn its first data."""
    view = ChartsView(context)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    with qtbot.waitSignal(view.chart_drawn, timeout=10_000,
                          check_params_cb=lambda drawn: drawn == "peak-hours"):
        view.show()
    if key != "peak-hours":
        with qtbot.waitSignal(view.chart_drawn, timeout=10_000,
                              check_params_cb=lambda drawn: drawn == key):
            view.show_chart(key)
    return view


@pytest.fixture
def saved_to(monkeypatch, tmp_path):
    """Where the next "Save…" goes (no file dialog)."""
    chosen = []

    def ask(parent, title, suggested_name, file_filter):
        path = tmp_path / suggested_name
        chosen.append(path)
        return path

    monkeypatch.setattr(report_export, "ask_save_path", ask)
    return chosen


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def read_csv(path):
    delimiter, _point = report_export.csv_style()
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=delimiter))


# -- what the charts draw --


def test_the_heatmap_has_7_by_24_cells_and_its_peak_where_the_data_has_it(
        qtbot, empty_desk, fake_reports):
    fake_reports.rows["heatmap"] = [
        {"weekday": d, "hour": h, "count": 1 + (40 if (d, h) == (2, 14) else 0)}
        for d in range(7) for h in range(24)]
    heatmap = open_charts(qtbot, empty_desk, "heatmap").panels["heatmap"]

    assert heatmap.image.image.shape == (7, 24)
    assert heatmap.busiest() == (2, 14)  # Wednesday, 14:00
    assert heatmap.image.image[2, 14] == 41
    assert heatmap.color_bar.levels() == (0, 41)


def test_peak_hours_stack_the_channels_in_order_with_their_names_in_the_legend(
        qtbot, empty_desk, fake_reports):
    fake_reports.rows["peak-hours"] = [
        {"channel": "vk", "hour": 20, "count": 7},
        {"channel": "email", "hour": 9, "count": 5},
        {"channel": "email", "hour": 20, "count": 3},
    ]
    chart = open_charts(qtbot, empty_desk).panels["peak-hours"]

    assert list(chart.bars) == ["email", "vk"]
    assert [label.text for _sample, label in chart.legend.items] == ["Email", "VK"]
    vk = chart.bars["vk"].opts
    assert vk["y0"][20] == 3 and vk["height"][20] == 7  # VK stacked on top of email
    assert chart.totals()[20] == 10 and chart.totals()[9] == 5


def test_the_funnel_writes_the_money_won_per_channel(qtbot, empty_desk, fake_reports):
    fake_reports.rows["funnel"] = [
        {"channel": "webchat", "stage": stage, "count": count, "money": money}
        for stage, count, money in (("leads", 40, 0.0), ("in_progress", 30, 0.0),
                                    ("deals", 10, 0.0), ("won", 4, 123456.5))]
    funnel = open_charts(qtbot, empty_desk, "funnel").panels["funnel"]

    assert funnel.money_labels == {"webchat": "won 123\u202f456,50\u00a0₽"}


def test_response_times_are_shown_as_each_channels_share_per_readable_step(
        qtbot, empty_desk, fake_reports):
    fake_reports.rows["response-distribution"] = [
        {"channel": "webchat", "upto_seconds": 20, "count": 3},
        {"channel": "webchat", "upto_seconds": 110, "count": 1},
        {"channel": "email", "upto_seconds": 5400, "count": 2},
    ]
    chart = open_charts(qtbot, empty_desk, "response-distribution").panels[
        "response-distribution"]

    assert chart.step_labels()[:3] == ["≤ 30 s", "≤ 1 min", "≤ 2 min"]
    assert chart.step_labels()[-1] == "> 24 h"
    assert list(chart.shares) == ["email", "webchat"]
    assert chart.shares["webchat"][0] == 0.75 and chart.shares["webchat"][2] == 0.25
    assert chart.shares["email"][7] == 1.0  # 1.5 h: within 2 h


def test_changing_the_period_or_the_channels_queries_the_chart_again(
        qtbot, empty_desk, fake_reports):
    view = open_charts(qtbot, empty_desk)
    first = fake_reports.queries[-1]
    assert first.name == "peak-hours" and first.channels == ()
    assert (first.end - first.start).days == 29

    with qtbot.waitSignal(view.chart_drawn, timeout=5000):
        view.period_bar.apply_preset("7d")
    assert (fake_reports.queries[-1].end - fake_reports.queries[-1].start).days == 6

    with qtbot.waitSignal(view.chart_drawn, timeout=5000):
        view.period_bar.set_channel_checked("vk", False)
    assert fake_reports.queries[-1].channels == ("email", "webchat")

    # another tab loads when opened, with the same period and channels
    with qtbot.waitSignal(view.chart_drawn, timeout=5000):
        view.show_chart("heatmap")
    assert fake_reports.queries[-1].name == "heatmap"
    assert fake_reports.queries[-1].channels == ("email", "webchat")


# -- on the demo data, through the real analytics --


def test_the_heatmap_on_demo_data_is_the_heatmap_report(qtbot, demo_desk):
    view = open_charts(qtbot, demo_desk, "heatmap")
    period = view.period()
    report = analytics.run_report(demo_desk.reader, analytics.ReportQuery(
        "heatmap", period.start, period.end))
    expected = np.zeros((7, 24))
    for row in report.rows:
        expected[row["weekday"], row["hour"]] = row["count"]

    heatmap = view.panels["heatmap"]
    assert (heatmap.image.image == expected).all()
    assert expected.sum() > 500
    assert heatmap.busiest() == np.unravel_index(int(expected.argmax()), expected.shape)


def test_save_png_writes_a_real_png_as_large_as_the_chart_on_screen(qtbot, demo_desk, saved_to):
    view = open_charts(qtbot, demo_desk, "heatmap")
    panel = view.panels["heatmap"]

    panel.png_button.click()

    path = saved_to[-1]
    assert path.name == f"heatmap_{view.period().start}_{view.period().end}.png"
    width, height = png_size(path.read_bytes())
    shown = panel.plot.getPlotItem().sceneBoundingRect()
    assert width == int(shown.width()) > 1000
    assert abs(height - shown.height()) <= 2


def test_save_data_csv_writes_the_rows_of_the_report_behind_the_chart(
        qtbot, demo_desk, saved_to):
    view = open_charts(qtbot, demo_desk)
    period = view.period()

    view.panels["peak-hours"].csv_button.click()

    raw = saved_to[-1].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads the file as UTF-8
    report = analytics.run_report(demo_desk.reader, analytics.ReportQuery(
        "peak-hours", period.start, period.end))
    table = read_csv(saved_to[-1])
    assert table[0] == report.columns
    assert table[1:] == [[str(row[c]) for c in report.columns] for row in report.rows]


def test_coverage_draws_people_on_duty_over_demand_and_the_gaps_in_red(qtbot, demo_desk,
                                                                       saved_to):
    view = open_charts(qtbot, demo_desk, "coverage")
    chart = view.panels["coverage"]
    assert chart.channel_combo.count() == 5
    with qtbot.waitSignal(view.chart_drawn, timeout=5000):
        chart.channel_combo.setCurrentIndex(2)  # the web chat: its evening gap
    assert chart.data.extra["channel"] == "Чат на сайте"

    cells = chart.cells
    assert len(cells) == 168
    gaps = [(c.weekday, c.hour) for c in cells if c.gap]
    assert gaps and chart.gap_hours() == gaps
    assert len(chart.gap_bars.opts["x"]) == len(gaps)
    assert len(chart.demand_bars.opts["x"]) == 168 - len(gaps)
    _x, on_duty = chart.duty_line.getData()
    assert list(on_duty) == [c.on_duty for c in cells]

    chart.csv_button.click()
    table = read_csv(saved_to[-1])
    assert table[0] == ["weekday", "hour", "on_duty", "demand", "gap", "scheduled"]
    assert len(table) == 1 + 168


# -- pieces --


def test_pyqtgraph_is_not_imported_until_the_charts_are_built():
    code = ("import sys; import leaddesk.ui.main_window, leaddesk.ui.charts_view, "
            "leaddesk.ui.reports_view; print('pyqtgraph' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.strip() == "False"


def test_csv_follows_the_spreadsheet_habits_of_the_locale(tmp_path):
    rows = [{"channel": "email", "share": 0.25, "money": 1500.5, "sla": None}]
    columns = ["channel", "share", "money", "sla"]
    russian = tmp_path / "ru.csv"
    report_export.write_rows_csv(russian, columns, rows, QLocale(QLocale.Language.Russian))
    assert russian.read_bytes().decode("utf-8-sig") == (
        "channel;share;money;sla\r\nemail;0,25;1500,5;\r\n")
    english = tmp_path / "en.csv"
    report_export.write_rows_csv(english, columns, rows, QLocale(QLocale.Language.English))
    assert english.read_bytes().decode("utf-8-sig") == (
        "channel,share,money,sla\r\nemail,0.25,1500.5,\r\n")


def test_presets_cover_whole_days_including_today():
    from leaddesk.ui.period_bar import preset_period

    today = date(2026, 1, 15)
    assert preset_period("today", today) == (today, today)
    assert preset_period("7d", today) == (date(2026, 1, 9), today)
    assert preset_period("90d", today) == (today - timedelta(days=89), today)
    assert preset_period("this_month", today) == (date(2026, 1, 1), today)
    assert preset_period("last_month", today) == (date(2025, 12, 1), date(2025, 12, 31))

"""The reports: the chosen report as a readable table over the chosen period, sortable,
and exported with its rows."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QLocale, Qt

from leaddesk.services import analytics
from leaddesk.ui import report_export, report_labels
from leaddesk.ui.reports_view import ReportsView

UNANSWERED = [
    {"channel": "email", "leads": 1200, "unanswered": 300, "share": 0.25},
    {"channel": "webchat", "leads": 80, "unanswered": 34, "share": 0.425},
    {"channel": "vk", "leads": 0, "unanswered": 0, "share": None},
]
COLUMNS = {"unanswered": ["channel", "leads", "unanswered", "share"],
           "response-time": ["channel", "answered", "median_seconds", "p90_seconds"],
           "conversion": ["channel", "source", "leads", "deals", "won", "money"]}


class FakeReports:
    """Stands in for ``analytics.run_report``: answers from ``rows``, records queries."""

    def __init__(self) -> None:
        self.rows = {"unanswered": UNANSWERED}
        self.queries: list[analytics.ReportQuery] = []

    def __call__(self, reader, query):
        self.queries.append(query)
        return analytics.Report(query.name, query.start, query.end,
                                COLUMNS.get(query.name, ["channel"]),
                                list(self.rows.get(query.name, [])))


@pytest.fixture
def fake_reports(monkeypatch):
    fake = FakeReports()
    monkeypatch.setattr(analytics, "run_report", fake)
    return fake


@pytest.fixture
def russian_numbers():
    """Numbers as a Russian reader writes them (the window does this for Russian)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    yield
    QLocale.setDefault(before)


def open_reports(qtbot, context) -> ReportsView:
    view = ReportsView(context)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    with qtbot.waitSignal(view.report_shown, timeout=10_000):
        view.show()
    return view


def choose(qtbot, view, name: str) -> None:
    with qtbot.waitSignal(view.report_shown, timeout=10_000,
                          check_params_cb=lambda shown: shown == name):
        view.choose_report(name)


def table_text(view) -> list[list[str]]:
    model = view.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def headers(view) -> list[str]:
    return [view.model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(view.model.columnCount())]


def test_the_list_offers_the_ten_reports_with_a_title_and_an_explanation(
        qtbot, empty_desk, fake_reports):
    view = open_reports(qtbot, empty_desk)
    names = [view.report_list.item(i).data(Qt.ItemDataRole.UserRole)
             for i in range(view.report_list.count())]
    assert names == list(analytics.REPORT_NAMES)
    assert all(report_labels.report_title(n) != n for n in names)
    assert all(report_labels.report_explanation(n) for n in names)
    assert view.title_label.text() == "Unanswered leads"


def test_the_table_shows_the_rows_with_translated_headers_and_formatted_values(
        qtbot, empty_desk, fake_reports, russian_numbers):
    view = open_reports(qtbot, empty_desk)

    assert headers(view) == ["Channel", "Leads", "Unanswered", "Share unanswered"]
    assert table_text(view) == [
        ["Email", "1\u00a0200", "300", "25,0 %"],
        ["Website chat", "80", "34", "42,5 %"],
        ["VK", "0", "0", "—"],
    ]

    fake_reports.rows["response-time"] = [
        {"channel": "webchat", "answered": 5, "median_seconds": 90, "p90_seconds": 7500}]
    choose(qtbot, view, "response-time")
    assert table_text(view) == [["Website chat", "5", "1 min 30 s", "2 h 5 min"]]

    fake_reports.rows["conversion"] = [{"channel": "vk", "source": "vk:product_card",
                                        "leads": 9, "deals": 3, "won": 2, "money": 12345.0}]
    choose(qtbot, view, "conversion")
    assert table_text(view)[0][-1] == "12\u202f345\u00a0₽"


def test_sorting_by_a_column_happens_in_the_model(qtbot, empty_desk, fake_reports):
    view = open_reports(qtbot, empty_desk)
    share = 3

    view.table.sortByColumn(share, Qt.SortOrder.DescendingOrder)
    assert [row[0] for row in table_text(view)] == ["Website chat", "Email", "VK"]
    view.table.sortByColumn(share, Qt.SortOrder.AscendingOrder)
    assert [row[0] for row in table_text(view)] == ["Email", "Website chat", "VK"]  # None last
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [row["leads"] for row in view.model.rows] == [1200, 80, 0]


def test_changing_the_period_or_the_channels_runs_the_report_again(
        qtbot, empty_desk, fake_reports):
    view = open_reports(qtbot, empty_desk)
    first = fake_reports.queries[-1]
    assert (first.name, first.channels) == ("unanswered", ())
    assert (first.end - first.start).days == 29

    with qtbot.waitSignal(view.report_shown, timeout=5000):
        view.period_bar.apply_preset("last_month")
    query = fake_reports.queries[-1]
    assert query.start.day == 1 and query.end.month == query.start.month
    assert query.end < first.end

    with qtbot.waitSignal(view.report_shown, timeout=5000):
        view.period_bar.set_channel_checked("email", False)
    assert fake_reports.queries[-1].channels == ("vk", "webchat")
    assert fake_reports.queries[-1].start == query.start


def test_export_csv_writes_the_rows_as_shown(qtbot, empty_desk, fake_reports, monkeypatch,
                                            tmp_path):
    view = open_reports(qtbot, empty_desk)
    view.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    target = tmp_path / "report.csv"
    monkeypatch.setattr(report_export, "ask_save_path", lambda *args: target)

    view.export_button.click()

    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    delimiter, _point = report_export.csv_style()
    with open(target, encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f, delimiter=delimiter))
    assert table == [["channel", "leads", "unanswered", "share"],
                     ["webchat", "80", "34", "0.425"],
                     ["email", "1200", "300", "0.25"],
                     ["vk", "0", "0", ""]]


def test_reports_on_demo_data_show_every_row_of_the_analytics(qtbot, demo_desk, monkeypatch,
                                                              tmp_path):
    view = open_reports(qtbot, demo_desk)
    period = view.period_bar.period()
    for name in ("leaderboard", "state", "reasons"):
        choose(qtbot, view, name)
        report = analytics.run_report(demo_desk.reader, analytics.ReportQuery(
            name, period.start, period.end))
        assert report.rows and view.model.rows == report.rows
        assert len(table_text(view)) == len(report.rows)

    choose(qtbot, view, "leaderboard")
    money = [row[-1] for row in table_text(view)]
    assert all(text.endswith("\u00a0₽") for text in money)
    target = tmp_path / "leaderboard.csv"
    monkeypatch.setattr(report_export, "ask_save_path", lambda *args: target)
    view.export_button.click()
    with open(target, encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f, delimiter=report_export.csv_style()[0]))
    assert table[0] == ["manager", "leads", "answered_in_sla", "converted", "won", "money"]
    assert [row[0] for row in table[1:]] == [row["manager"] for row in view.model.rows]

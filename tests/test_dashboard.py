"""The dashboard (issue 8): figures equal the SER summary, bars filter the events list, the map leaves out
and counts what has no coordinates, and the PNG and PDF exports are written without a window.

Every test runs on the module's backend (SQLite, and PostgreSQL when a server is given): the demo data set is
built once per backend and each test gets a copy of it. Figures counted apart from fieldlog use bare SQL that
both backends take (`query_at`)."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QToolButton

from fieldlog import app, cli
from fieldlog.domain.dashboard import Bucket, Chart, DashboardData
from fieldlog.domain.records import Event, Planting, Site
from fieldlog.domain.summary import (
    InvasiveTotals,
    LitterTotals,
    OtherTotals,
    PlantingTotals,
    SeedballTotals,
    SeedCollectionTotals,
    Summary,
    SummaryFilter,
)
from fieldlog.io.language import catalogue
from fieldlog.services.dashboard import dashboard, export_dashboard, overview, species_spellings, timeline
from fieldlog.services.database import Database, open_store
from fieldlog.services.demo import fill_demo_data
from fieldlog.services.exports import describe_filter
from fieldlog.services.maintenance import check_database, rebuild_summary
from fieldlog.services.records import Records
from fieldlog.services.summary import count_events, summarize, summarize_from_records
from fieldlog.ui import dashboard as dashboard_ui
from fieldlog.ui.dashboard import DashboardView, install_renderer
from fieldlog.ui.formatting import headline
from fieldlog.ui.language import window_language
from fieldlog.ui.main_window import MainWindow
from fieldlog.ui.tasks import TaskRunner
from tests.conftest import Databases, execute_at, location_of, query_at

WAIT = 20_000


@pytest.fixture(scope="module")
def demo_source(module_databases: Databases) -> str | Path:
    """A database of 60 demo events of every kind on the module's backend, made once (and closed: it is
    copied for each test)."""
    database = open_store(module_databases.location("demo"))
    try:
        fill_demo_data(Records(database), events=60, seed=3)
    finally:
        database.close()
    return location_of(database)


@pytest.fixture
def demo(demo_source: str | Path, databases: Databases) -> Database:
    """A copy of the demo database for this test (closed by `databases`)."""
    return databases.open("demo", copy_of=demo_source)


def _summary_from_json(data: dict[str, Any]) -> Summary:
    return Summary(events=data["events"], countries=data["countries"], participants=data["participants"],
                   volunteer_hours=data["volunteer_hours"], planting=PlantingTotals(**data["planting"]),
                   seed_collection=SeedCollectionTotals(**data["seed_collection"]),
                   seedball_making=SeedballTotals(**data["seedball_making"]),
                   invasive_removal=InvasiveTotals(**data["invasive_removal"]),
                   litter_pickup=LitterTotals(**data["litter_pickup"]), other=OtherTotals(**data["other"]))


def _view(qtbot: Any, database: Database) -> DashboardView:
    runner = TaskRunner()
    view = DashboardView(runner, lambda: database)
    view.runner_owner = runner  # type: ignore[attr-defined]  # keeps the runner alive with the view
    qtbot.addWidget(view)
    view.resize(1200, 1000)
    view.show()
    return view


def _no_nan(data: DashboardData) -> None:
    for bars in (data.kinds, data.countries, data.planted, data.removed, data.litter):
        assert all(math.isfinite(bar.value) and bar.value >= 0 for bar in bars)
    for figure in data.summary.flat().values():
        assert math.isfinite(figure)


@pytest.mark.parametrize("args", [[], ["--country", "KE"], ["--from", "2026-05-30", "--to", "2026-06-07"],
                                  ["--campaign", "MAD-Week 2026"]])
def test_the_tiles_equal_the_summary_command(qtbot: Any, demo: Database, capsys: pytest.CaptureFixture[str],
                                             english: None, args: list[str]) -> None:
    assert cli.main(["summary", "--json", *args], str(location_of(demo))) == 0
    expected = json.loads(capsys.readouterr().out)
    flt = cli._filter(cli.build_parser().parse_args(["summary", *args]))
    view = _view(qtbot, demo)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.set_filter(flt)
    assert view.data.summary.to_json_dict() == expected
    assert view.tile_texts() == headline(_summary_from_json(expected))
    _no_nan(view.data)


def test_clicking_a_bar_filters_the_events_list(qtbot: Any, demo: Database, tmp_path: Path, english: None) -> None:
    window = MainWindow(demo, settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1400, 1000)
    with qtbot.waitSignal(window.loaded, timeout=WAIT):
        window.show()
    with qtbot.waitSignal(window.dashboard.loaded, timeout=WAIT):
        window.views.setCurrentWidget(window.dashboard)
    countries = window.dashboard.charts[Chart.COUNTRIES]
    qtbot.waitUntil(lambda: bool(countries.hits), timeout=WAIT)
    top = window.dashboard.data.countries[0]
    where = countries.bar_centre(top.key)
    assert where is not None
    with qtbot.waitSignal(window.events_model.reloaded, timeout=WAIT):
        qtbot.mouseClick(countries, Qt.MouseButton.LeftButton, pos=where.toPoint())
    assert window.views.currentWidget() is window.splitter
    assert window.country_filter.value() == top.key
    assert window.events_model.filter.country == top.key
    assert window.events_model.total == int(top.value) == count_events(demo, SummaryFilter(country=top.key))

    # A period of the time chart narrows the dates (keeping the country).
    window.views.setCurrentWidget(window.dashboard)  # its figures for the country may be in already
    chart = window.dashboard.charts[Chart.TIMELINE]
    qtbot.waitUntil(lambda: window.dashboard.complete and bool(chart.hits), timeout=WAIT)
    assert window.dashboard.data.flt == SummaryFilter(country=top.key)
    busiest = max(window.dashboard.data.timeline, key=lambda period: period.events)
    key = f"{busiest.start.isoformat()}/{busiest.end.isoformat()}"
    where = chart.bar_centre(key)
    assert where is not None
    with qtbot.waitSignal(window.events_model.reloaded, timeout=WAIT):
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=where.toPoint())
    narrowed = SummaryFilter(country=top.key, date_from=busiest.start, date_to=busiest.end)
    assert window.current_filter() == narrowed
    assert window.events_model.total == busiest.events == count_events(demo, narrowed)


def test_clicking_a_site_lists_its_events_and_the_map_pans_and_zooms(qtbot: Any, demo: Database) -> None:
    view = _view(qtbot, demo)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.refresh()
    view.ensureWidgetVisible(view.map)
    qtbot.waitUntil(lambda: bool(view.map.placed), timeout=WAIT)
    site = view.data.sites[0]
    where = view.map.site_centre(site.site_id)
    assert where is not None
    qtbot.mouseClick(view.map, Qt.MouseButton.LeftButton, pos=where.toPoint())
    qtbot.waitUntil(lambda: view.site_events.count() > 0, timeout=WAIT)
    assert view.site_events.count() == min(site.events, 200)
    assert site.name in view.site_title.text() and f"{site.events:,} event" in view.site_title.text()
    before = view.map.view
    view.map.zoom(2.0)
    assert view.map.view.scale == pytest.approx(before.scale * 2)
    start = QPoint(100, 100)
    qtbot.mousePress(view.map, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.map, QPoint(160, 130))
    qtbot.mouseRelease(view.map, Qt.MouseButton.LeftButton, pos=QPoint(160, 130))
    assert view.map.view.lon != pytest.approx(before.lon)


def test_png_and_pdf_exports_from_the_command_line(demo: Database, tmp_path: Path) -> None:
    location = str(location_of(demo))
    png, pdf = tmp_path / "dashboard.png", tmp_path / "dashboard.pdf"
    assert app.main(["--db", location, "export", "dashboard", str(png), "--country", "KE"]) == 0
    assert app.main(["--db", location, "export", "dashboard", str(pdf), "--from", "2025-01-01"]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 5_000
    assert app.main(["--db", location, "export", "dashboard", str(tmp_path / "dashboard.txt")]) == 2
    assert not (tmp_path / "dashboard.txt").exists()
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed: the PDF was written but not opened")
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-singlefile", str(pdf), str(tmp_path / "page")], check=True,
                   capture_output=True, timeout=60)
    page = tmp_path / "page.png"
    assert page.exists() and page.stat().st_size > 1000
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=False).stdout
    if pages:
        assert re.search(r"^Pages:\s+1$", pages, re.MULTILINE), pages


# The casts give the server a type for a parameter that is None (PostgreSQL cannot tell the type of `$2 IS NULL`).
NARROWED_EVENTS = """SELECT count(DISTINCT e.id) FROM events e JOIN activities a ON a.event_id = e.id
                     LEFT JOIN litter_items i ON i.activity_id = a.id AND i.deleted_at IS NULL
                     WHERE e.deleted_at IS NULL AND a.deleted_at IS NULL AND a.kind = ?
                     AND (CAST(? AS TEXT) IS NULL OR lower(trim(a.species)) = ?)
                     AND (CAST(? AS TEXT) IS NULL OR i.item_category = ?)"""


def _events_with(database: Database, kind: str, species: str | None = None, item: str | None = None) -> int:
    """How many live events have a live activity of `kind` (of a species, or tallying a litter item): counted
    with bare SQL, apart from fieldlog's queries."""
    [(events,)] = query_at(location_of(database), NARROWED_EVENTS, kind, species, species, item, item)
    return int(events)


def test_clicking_a_kind_species_or_litter_bar_narrows_the_events_to_it(qtbot: Any, demo: Database, tmp_path: Path,
                                                                       english: None) -> None:
    window = MainWindow(demo, settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1400, 1000)
    with qtbot.waitSignal(window.loaded, timeout=WAIT):
        window.show()
    everything = window.events_model.total
    data = dashboard(demo)
    kind, species, removed, litter = data.kinds[0], data.planted[0], data.removed[0], data.litter[0]
    expectations = (
        (Chart.KINDS, kind.key, _events_with(demo, kind.key), f"with {kind.label.casefold()}"),
        (Chart.PLANTED, species.key, _events_with(demo, "planting", species.key),
         f"with planting of {species.label}"),
        (Chart.REMOVED, removed.key, _events_with(demo, "invasive_removal", removed.key),
         f"with invasive removal of {removed.label}"),
        (Chart.LITTER, litter.key, _events_with(demo, "litter_pickup", item=litter.key),
         f"with litter pickup of {litter.label.casefold()}"))
    for chart_name, key, expected, words in expectations:
        window.views.setCurrentWidget(window.dashboard)
        chart = window.dashboard.charts[chart_name]
        qtbot.waitUntil(lambda chart=chart: window.dashboard.complete and bool(chart.hits), timeout=WAIT)
        where = chart.bar_centre(key)
        assert where is not None, (chart_name, key)
        with qtbot.waitSignal(window.events_model.reloaded, timeout=WAIT):
            qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=where.toPoint())
        assert window.views.currentWidget() is window.splitter
        assert 0 < expected < everything
        assert window.events_model.total == expected, chart_name
        assert window.narrowing_bar.isVisible() and words in window.narrowing_label.text()
        # The dashboard keeps showing the campaign, dates and country: it is the events list that narrows.
        assert window.dashboard.flt == SummaryFilter()
    clear = window.findChild(QToolButton, "clear_narrowing")
    assert clear is not None
    with qtbot.waitSignal(window.events_model.reloaded, timeout=WAIT):
        qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert window.events_model.total == everything and not window.narrowing_bar.isVisible()


def test_a_filter_by_activity_is_summed_from_the_records(demo: Database, tmp_path: Path) -> None:
    """The events list's totals for a narrowed filter count the events that have such an activity (all their
    figures), from the records, since the rollup has no such groups."""
    species = dashboard(demo).planted[0]
    for flt, expected in ((SummaryFilter(kind="seedball_making"), _events_with(demo, "seedball_making")),
                          (SummaryFilter(kind="planting", species=species_spellings(demo, "planting", species.key)),
                           _events_with(demo, "planting", species.key))):
        assert count_events(demo, flt) == expected == summarize(demo, flt).events
        assert summarize(demo, flt).differences(summarize_from_records(demo, flt)) == []  # floats summed apart
        with pytest.raises(ValueError, match="rollup cannot select"):
            dashboard(demo, flt)  # the dashboard shows groups: the window gives it flt.by_groups()
    # The window's export dialog passes its whole filter: the dashboard written is the one the window shows.
    out = tmp_path / "narrowed.png"
    install_renderer()
    assert export_dashboard(demo, out, SummaryFilter(country="KE", kind="planting")).path == out
    assert out.stat().st_size > 5000
    assert describe_filter(SummaryFilter(country="KE", kind="litter_pickup", litter_item="cigarette_butts")) == \
        "in country KE (Kenya), with litter pickup of cigarette butts"


def test_the_dashboard_is_drawn_in_the_language_asked_for(demo: Database, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    drawn: list[str] = []

    def spy(chart: Chart) -> str:
        drawn.append(title(chart))
        return drawn[-1]

    title = dashboard_ui.chart_title
    monkeypatch.setattr(dashboard_ui, "chart_title", spy)
    pdf = tmp_path / "tablero.pdf"
    assert app.main(["--db", str(location_of(demo)), "export", "dashboard", str(pdf), "--lang", "es"]) == 0
    spanish = catalogue("es")("dashboard", "Activities by kind")
    assert spanish != "Activities by kind" and spanish in drawn and "Activities by kind" not in drawn
    assert window_language() == "en"  # the session speaks English again
    drawn.clear()
    assert app.main(["--db", str(location_of(demo)), "export", "dashboard", str(tmp_path / "en.pdf")]) == 0
    assert "Activities by kind" in drawn
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the Spanish PDF was drawn but not read back")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert spanish in " ".join(text.split())


def test_records_without_coordinates_or_species_are_counted_and_left_off(qtbot: Any, databases: Databases) -> None:
    database = databases.open("sparse")
    records = Records(database, today=lambda: dt.date(2026, 11, 1))
    mapped = records.record_site(Site(name="Karura Forest", country_code="KE", latitude=-1.2367,
                                      longitude=36.835)).record
    nowhere = records.record_site(Site(name="Somewhere in Kenya", country_code="KE")).record
    for site, day in ((mapped, 1), (nowhere, 2), (nowhere, 3)):
        event = records.record_event(Event(event_name=f"Day {day}", site_id=site.id,
                                           start=dt.datetime(2026, 6, day, 9), participants=10)).record
        records.record_activity(Planting(event_id=event.id, date=event.start.date(), species="Prunus africana",
                                         plants=5))
    # a species lost on the way (an old import, a hand edit): Day 1's planting, at the mapped site
    execute_at(location_of(database), "UPDATE activities SET species = NULL "
               "WHERE event_id = (SELECT id FROM events WHERE event_name = ?)", "Day 1")
    stale = check_database(database).problems  # the hand edit went around the rollup: the check sees it
    assert any("planted species 'prunus africana': stored 3 activities, 15, records 2 activities, 10" in problem
               for problem in stale)
    rebuild_summary(database)  # what `fieldlog check --repair` does
    assert check_database(database).ok
    data = dashboard(database)
    assert data.summary.planting.plants == 15 and data.summary.events == 3
    assert [site.name for site in data.sites] == ["Karura Forest"]
    assert (data.sites_without_coordinates, data.events_without_coordinates) == (1, 2)
    assert "1 site without coordinates (2 events) is counted but not on the map" in data.map_note()
    assert data.plantings_without_species == 1
    assert [(bar.label, bar.value) for bar in data.planted] == [("Prunus africana", 10.0)]
    assert "1 planting without a species" in data.species_note()
    assert data.bucket is Bucket.DAY and [p.events for p in data.timeline] == [1, 1, 1]
    _no_nan(data)
    view = _view(qtbot, database)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.refresh()
    assert view.map_note.isVisibleTo(view) and "not on the map" in view.map_note.text()
    assert "without a species" in view.charts[Chart.PLANTED].note()


def test_an_empty_database_draws_zeros_not_nan(qtbot: Any, databases: Databases, tmp_path: Path) -> None:
    database = databases.open("empty")
    data = dashboard(database, SummaryFilter(country="KE"))
    _no_nan(data)
    assert data.timeline == () and data.sites == () and data.map_note() == ""
    assert all(bar.value == 0 for bar in data.kinds)
    view = _view(qtbot, database)
    with qtbot.waitSignal(view.loaded, timeout=WAIT):
        view.refresh()
    out = tmp_path / "empty.png"
    view.export_to(out)
    assert out.stat().st_size > 1000


def test_the_time_chart_steps_by_day_month_or_year() -> None:
    week = [(dt.date(2026, 5, 30) + dt.timedelta(days=n), 1, 10) for n in (0, 3, 8)]
    bucket, periods = timeline(week)
    assert bucket is Bucket.DAY and len(periods) == 9 and sum(p.events for p in periods) == 3
    assert periods[1].events == 0 and periods[0].label == "30 May"
    year = [(dt.date(2025, 1, 5), 2, 20), (dt.date(2025, 12, 30), 1, 5), (dt.date(2025, 12, 1), 1, 5)]
    bucket, periods = timeline(year)
    assert bucket is Bucket.MONTH and len(periods) == 12 and periods[-1].events == 2
    assert (periods[-1].start, periods[-1].end) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    decade = [(dt.date(2016, 3, 1), 1, 1), (dt.date(2026, 3, 1), 1, 1)]
    bucket, periods = timeline(decade)
    assert bucket is Bucket.YEAR and len(periods) == 11
    assert timeline([]) == (Bucket.DAY, ())


def test_the_overview_uses_the_filter(demo: Database) -> None:
    data = overview(demo, SummaryFilter(country="KE"))
    assert data.planted == () and data.litter == ()  # the species and litter charts: add_charts
    assert [bar.key for bar in data.countries] in ([], ["KE"])
    assert all(site.country_code == "KE" for site in data.sites)


def test_the_window_exports_the_dashboard_from_its_export_menu(qtbot: Any, demo: Database, tmp_path: Path) -> None:
    from fieldlog.services.exports import FORMATS, ExportOptions
    from fieldlog.ui.export_dialog import ExportDialog

    window = MainWindow(demo, settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=WAIT):
        window.show()
    assert "export_dashboard_action" in {action.objectName() for action in window.export_actions.values()}
    dialog = ExportDialog(FORMATS["dashboard"], SummaryFilter(country="KE"), tmp_path, window)
    dialog.path_edit.setText(str(tmp_path / "newsletter.png"))
    assert dialog.path() == tmp_path / "newsletter.png"  # .png is kept, not turned into .png.pdf
    dialog.path_edit.setText(str(tmp_path / "report-page"))
    assert dialog.path() == tmp_path / "report-page.pdf"
    for name in ("newsletter.png", "report-page.pdf"):
        window.last_export = None
        window._run_export("dashboard", tmp_path / name, ExportOptions(flt=SummaryFilter(country="KE")))
        qtbot.waitUntil(lambda: window.last_export is not None, timeout=WAIT)
        assert (tmp_path / name).stat().st_size > 5000

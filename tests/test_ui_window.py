"""The first main window on a real SQLite database: headline figures, newest events, empty state."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QMessageBox

from fieldlog.domain.records import Event, Planting, Site
from fieldlog.services.database import Database, open_store
from fieldlog.services.records import Records
from fieldlog.ui import main_window
from fieldlog.ui.main_window import EMPTY_TEXT, EventsModel, MainWindow, format_area_m2, format_mass_g, format_number

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated database file opened through the services."""
    database = open_store(tmp_path / "fieldlog.db")
    yield database
    database.close()


@pytest.fixture
def filled(store: Database) -> Database:
    """The database with one site, one event (12 people) and one planting of 40 plants."""
    records = Records(store, today=lambda: TODAY)
    site = records.record_site(Site(name="Karura Forest", country_code="KE",
                                    latitude=-1.2367, longitude=36.835)).record
    event = records.record_event(Event(event_name="Karura planting day", site_id=site.id,
                                       start=dt.datetime(2026, 5, 31, 9), end=dt.datetime(2026, 5, 31, 12),
                                       participants=12)).record
    records.record_activity(Planting(event_id=event.id, date=dt.date(2026, 5, 31),
                                     species="Prunus africana", plants=40))
    return store




def open_window(qtbot: Any, database: Database, tmp_path: Path) -> MainWindow:
    """A shown main window over `database`, once its background load has finished."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(database, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_loaded, timeout=10_000)
    return window


def test_window_shows_the_summary_and_the_events(qtbot: Any, filled: Database, tmp_path: Path) -> None:
    window = open_window(qtbot, filled, tmp_path)
    assert window.windowTitle() == f"fieldlog — {filled.display_name}"
    model = window.events_model
    assert model.rowCount() == 1
    row = [model.index(0, column).data() for column in range(model.columnCount())]
    assert row == ["2026-05-31", "Karura planting day", "", "Karura Forest", "Kenya", "12", "36"]
    assert window.table.isVisible()
    assert window.figures["events"].text() == "1"
    assert window.figures["countries"].text() == "1"
    assert window.figures["participants"].text() == "12"
    assert window.figures["volunteer_hours"].text() == "36"
    assert window.figures["plants"].text() == "40"
    assert window.figures["seed"].text() == window.figures["litter"].text() == "0"
    assert window.count_label.text() == "1 event"
    qtbot.waitUntil(lambda: window.activities_model.rowCount() == 1, timeout=10_000)  # the newest event opens
    assert "Karura planting day" in window.event_title.text()


def test_empty_database_welcomes_the_user(qtbot: Any, store: Database, tmp_path: Path) -> None:
    window = open_window(qtbot, store, tmp_path)
    assert window.events_model.rowCount() == 0
    assert window.empty_label.isVisible()
    assert window.empty_label.text() == EMPTY_TEXT
    assert "Welcome" in window.empty_label.text()
    assert not window.table.isVisible()
    assert window.figures["events"].text() == "0"


def test_events_load_a_page_at_a_time_as_the_list_scrolls(qtbot: Any, store: Database, tmp_path: Path,
                                                      english: None) -> None:
    records = Records(store, today=lambda: TODAY)
    site = records.record_site(Site(name="Karura Forest", country_code="KE")).record
    records.record_batch(Event(event_name=f"Day {n}", site_id=site.id, participants=n,
                               start=dt.datetime(2026, 1, 1, 9) + dt.timedelta(days=n)) for n in range(201))
    window = open_window(qtbot, store, tmp_path)
    assert window.events_model.rowCount() == 200
    assert window.events_model.index(0, 1).data() == "Day 200"
    assert window.count_label.text() == "201 events; scroll for more (200 loaded)"
    assert window.figures["participants"].text() == "20,100"
    window.table.scrollToBottom()  # the view asks the model for the next page
    qtbot.waitUntil(lambda: window.events_model.rowCount() == 201, timeout=10_000)
    assert window.events_model.index(200, 1).data() == "Day 0"
    assert not window.events_model.canFetchMore()


def test_geometry_is_remembered(qtbot: Any, store: Database, tmp_path: Path) -> None:
    window = open_window(qtbot, store, tmp_path)
    window.resize(window.width(), 520)  # the offscreen screen is narrower than the window's minimum
    window.close()
    again = open_window(qtbot, store, tmp_path)
    assert again.height() == 520


def test_events_model_passes_the_model_tester(qtbot: Any, qtmodeltester: Any, filled: Database,
                                               tmp_path: Path) -> None:
    lines = Records(filled).event_page()
    model = EventsModel()  # not the window's: that one is deleted with the window before the tester's cleanup
    model.set_lines(lines)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    model.set_lines([])  # the tester watches the resets too
    model.set_lines(lines * 3)


def test_numbers_read_well(english: None) -> None:
    assert format_number(1234567) == "1,234,567"
    assert format_number(1234.56) == "1,235"
    assert format_number(12.34) == "12.3"
    assert format_number(12.0) == "12"
    assert format_mass_g(850) == "850 g"
    assert format_mass_g(2500) == "2.5 kg"
    assert format_mass_g(999.7) == "1 kg"
    assert format_area_m2(850) == "850 m²"
    assert format_area_m2(25_000) == "2.5 ha"


def test_a_file_that_is_not_a_database_is_refused_with_a_message(qapp: Any, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, _title, text: shown.append(text))
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_text("shopping list: seedlings, gloves, bags\n" * 100)
    assert main_window.run_window(str(not_a_database)) == 1
    assert len(shown) == 1 and "Traceback" not in shown[0]
    assert not_a_database.read_text().startswith("shopping list")


def test_run_window_opens_the_database_off_the_screen_thread_and_closes_it_at_exit(
        qapp: Any, filled: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = filled.path
    assert path is not None
    filled.close()
    monkeypatch.setattr(main_window, "QSettings", lambda: QSettings(str(tmp_path / "s.ini"),
                                                                    QSettings.Format.IniFormat))
    seen: list[main_window.MainWindow] = []
    deadline = time.monotonic() + 30

    def close_when_loaded() -> None:
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, main_window.MainWindow) and widget.database.path == path and widget.is_loaded \
                    and widget.isVisible():  # other tests' windows may still be about in this process
                seen.append(widget)
                widget.close()  # closes its database
                # Other tests' widgets may still be open in this process, so closing this one need not be
                # the last window closed: end the event loop as the user's last close would.
                QTimer.singleShot(0, qapp.quit)
                return
        if time.monotonic() > deadline:
            qapp.exit(99)
            return
        QTimer.singleShot(50, close_when_loaded)

    QTimer.singleShot(50, close_when_loaded)
    assert main_window.run_window(str(path)) == 0
    assert seen and seen[0].events_model.total == 1
    reopened = open_store(path)  # closed cleanly: opens again, with its records
    try:
        assert Records(reopened).count_events() == 1
    finally:
        reopened.close()

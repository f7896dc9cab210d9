"""The organizer's window driven like a user: keyboard entry of an event and every activity kind, undo
and redo, filters, and everything still there after reopening the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from fieldlog.domain.kinds import ActivityKind
from fieldlog.domain.records import Event, Site
from fieldlog.services.database import Database, open_store
from fieldlog.services.records import Records
from fieldlog.services.summary import summarize
from fieldlog.ui.main_window import MainWindow
from fieldlog.ui.models import ActivitiesModel, EventsModel
from tests.test_editors import line_of as editor_line

CTRL = Qt.KeyboardModifier.ControlModifier

ACTIVITY_VALUES: dict[ActivityKind, dict[str, str]] = {
    ActivityKind.PLANTING: {"species": "Prunus africana", "plants": "40"},
    ActivityKind.SEED_COLLECTION: {"species": "Prunus africana", "seed_lot_id": "KE-2026-1", "mass_g": "120",
                                   "plants_sampled": "60"},
    ActivityKind.SEEDBALL_MAKING: {"seedballs": "300"},
    ActivityKind.INVASIVE_REMOVAL: {"species": "Lantana camara", "area_m2": "400"},
    ActivityKind.LITTER_PICKUP: {"bags": "4", "weight_kg": "18.5"},
    ActivityKind.OTHER: {"description": "Trail maintenance", "quantity": "100"},
}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Database]:
    """A fresh database file."""
    database = open_store(tmp_path / "fieldlog.db")
    yield database
    database.close()


def open_window(qtbot: Any, database: Database, tmp_path: Path) -> MainWindow:
    """A shown window over `database` once its first load is done."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(database, settings=settings, records=Records(database, today=lambda: dt.date(2026, 11, 21)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_loaded, timeout=15_000)
    return window


def settle(qtbot: Any, window: MainWindow) -> None:
    """Wait until the database thread has nothing left to do and its results are shown."""
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)


def press(qtbot: Any, window: MainWindow, key: Qt.Key, modifiers: Any = CTRL) -> None:
    """Press a shortcut in the (active) window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(window, key, modifiers)


def open_dialog(qtbot: Any, window: MainWindow, key: Qt.Key, modifiers: Any = CTRL) -> Any:
    """Press a shortcut in the window and wait for the editor it opens."""
    press(qtbot, window, key, modifiers)
    qtbot.waitUntil(lambda: window.dialog is not None and window.dialog.isVisible(), timeout=15_000)
    return window.dialog


def line_of(field: Any) -> Any:
    """The line edit a user types a field's value into."""
    for part in ("line", "edit"):
        if (widget := getattr(field, part, None)) is not None:
            return widget
    return editor_line(field)


def type_fields(qtbot: Any, dialog: Any, values: dict[str, str]) -> None:
    """Type each value into its field, as a user tabbing through the form would."""
    for key, text in values.items():
        line = line_of(dialog.form.field(key))
        line.setFocus()
        line.selectAll()
        qtbot.keyClicks(line, text)
        qtbot.keyClick(line, Qt.Key.Key_Tab)  # on to the next field, as a user does


def save_with_enter_and_close(qtbot: Any, window: MainWindow, dialog: Any, last_key: str) -> None:
    """Enter saves (and starts the next record); Escape then closes the editor without asking."""
    saves = []
    dialog.saved.connect(lambda saved, _original: saves.append(saved))
    qtbot.keyClick(line_of(dialog.form.field(last_key)), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(saves) or "Not saved" in dialog.status.text(), timeout=15_000)
    assert saves, dialog.status.text() + " " + dialog.form.message()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.dialog is None, timeout=5000)
    settle(qtbot, window)


def test_first_start_welcomes_and_sample_data_fills_the_window(qtbot: Any, store: Database, tmp_path: Path) -> None:
    window = open_window(qtbot, store, tmp_path)
    assert window.pages.currentWidget() is window.welcome
    assert window.welcome_new.isVisible() and window.welcome_sample.isVisible()
    qtbot.mouseClick(window.welcome_sample, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.workspace and window.events_model.total >= 200,
                    timeout=60_000)
    settle(qtbot, window)
    assert window.figures["events"].text() == "200"
    assert window.events_model.rowCount() == 200


def test_an_organizer_logs_an_event_and_every_activity_kind_with_the_keyboard(
        qtbot: Any, store: Database, tmp_path: Path) -> None:
    window = open_window(qtbot, store, tmp_path)

    dialog = open_dialog(qtbot, window, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    type_fields(qtbot, dialog, {"site_name": "Karura Forest", "country_code": "Kenya", "locality": "Nairobi"})
    save_with_enter_and_close(qtbot, window, dialog, "locality")

    dialog = open_dialog(qtbot, window, Qt.Key.Key_N)
    type_fields(qtbot, dialog, {"event_name": "Karura planting day", "site_id": "Karura",
                                "start": "2026-05-31 09:00", "end": "2026-05-31 12:00", "participants": "12",
                                "campaign": "MAD-Week 2026"})
    save_with_enter_and_close(qtbot, window, dialog, "campaign")
    qtbot.waitUntil(lambda: window.current_event is not None, timeout=10_000)
    assert window.events_model.rowCount() == 1
    assert window.figures["volunteer_hours"].text() == "36"  # derived: 12 people x 3 hours

    for number, (kind, values) in enumerate(ACTIVITY_VALUES.items(), start=1):
        dialog = open_dialog(qtbot, window, getattr(Qt.Key, f"Key_{number}"))
        assert kind.label.lower() in dialog.windowTitle().lower()
        type_fields(qtbot, dialog, values)
        save_with_enter_and_close(qtbot, window, dialog, list(values)[-1])
    qtbot.waitUntil(lambda: window.activities_model.rowCount() == 6, timeout=10_000)
    assert [a.kind for a in window.activities_model.activities] == list(ActivityKind)
    assert window.figures["plants"].text() == "40"
    assert window.figures["litter"].text() == "4 bags · 18.5 kg"

    # Undo takes the last activity back; redo brings it again.
    press(qtbot, window, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: window.activities_model.rowCount() == 5, timeout=10_000)
    assert window.undo_stack.canRedo()
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: window.activities_model.rowCount() == 6, timeout=10_000)

    # Filters: another country shows nothing; clearing shows the event again.
    window.country_filter.set_value("FR")
    qtbot.waitUntil(lambda: window.events_model.total == 0 and window.no_match.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: window.figures["events"].text() == "0", timeout=10_000)  # totals follow the filter
    window.clear_filters()
    qtbot.waitUntil(lambda: window.events_model.total == 1, timeout=10_000)
    press(qtbot, window, Qt.Key.Key_F)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "planting day")
    qtbot.waitUntil(lambda: window.events_model.text == "planting day" and window.events_model.total == 1,
                    timeout=10_000)
    window.close()

    reopened = open_store(store.path)  # type: ignore[arg-type]
    try:
        records = Records(reopened)
        [event] = records.list_events()
        assert (event.event_name, event.participants, event.volunteer_hours) == ("Karura planting day", 12, 36.0)
        assert sorted(a.kind for a in records.list_activities(event.id)) == sorted(ActivityKind)
        assert summarize(reopened).planting.plants == 40
    finally:
        reopened.close()


def test_deleting_an_event_asks_and_can_be_undone(qtbot: Any, store: Database, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    records = Records(store)
    site = records.record_site(Site(name="Camargue", country_code="FR")).record
    records.record_event(Event(event_name="Beach day", site_id=site.id, start=dt.datetime(2026, 6, 1, 9),
                               participants=8))
    window = open_window(qtbot, store, tmp_path)
    qtbot.waitUntil(lambda: window.current_event is not None, timeout=10_000)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text, *_args: asked.append(text) or QMessageBox.StandardButton.Yes)
    window.delete_action.trigger()
    qtbot.waitUntil(lambda: window.events_model.total == 0 and window.undo_stack.canUndo(), timeout=10_000)
    assert asked and "Beach day" in asked[0]
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.events_model.total == 1, timeout=10_000)
    assert records.list_events()[0].event_name == "Beach day"


def test_an_editor_with_unsaved_typing_asks_before_closing(qtbot: Any, store: Database, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, store, tmp_path)
    dialog = open_dialog(qtbot, window, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    type_fields(qtbot, dialog, {"site_name": "Half typed"})
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and line_of(dialog.form.field("site_name")).text() == "Half typed"
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.dialog is None, timeout=5000)


def test_bad_input_is_explained_at_the_field_and_nothing_is_saved(qtbot: Any, store: Database, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, store, tmp_path)
    dialog = open_dialog(qtbot, window, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    type_fields(qtbot, dialog, {"site_name": "Somewhere", "country_code": "Kenya", "latitude": "123"})
    qtbot.keyClick(line_of(dialog.form.field("latitude")), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Not saved" in dialog.status.text(), timeout=5000)
    assert "90" in dialog.form.field("latitude").message()
    assert line_of(dialog.form.field("latitude")).text() == "123"
    assert Records(store).list_sites() == []
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text, *_args: asked.append(text) or QMessageBox.StandardButton.Discard)
    window.close()  # the typed site is not saved: closing asks first
    assert asked and "not saved" in asked[0]


def test_table_models_pass_the_model_tester(qtbot: Any, qtmodeltester: Any, store: Database,
                                            tmp_path: Path) -> None:
    records = Records(store)
    site = records.record_site(Site(name="Camargue", country_code="FR")).record
    for day in range(3):
        records.record_event(Event(event_name=f"Day {day}", site_id=site.id,
                                   start=dt.datetime(2026, 6, 1 + day, 9), participants=day))
    events = EventsModel()
    events.set_lines(records.event_page())
    qtmodeltester.check(events, force_py=True)
    qtmodeltester.check(events)
    events.set_lines([])
    activities = ActivitiesModel()
    window = open_window(qtbot, store, tmp_path)
    qtbot.waitUntil(lambda: window.current_event is not None, timeout=10_000)
    from fieldlog.domain.records import Planting, SeedballMaking

    event_id = window.current_event.id  # type: ignore[union-attr]
    records.record_activity(Planting(event_id=event_id, species="Juncus maritimus", plants=3))
    records.record_activity(SeedballMaking(event_id=event_id, seedballs=30))
    activities.set_activities(records.list_activities(event_id))
    qtmodeltester.check(activities, force_py=True)
    qtmodeltester.check(activities)
    assert activities.index(0, 0).data() == "Planting" and activities.index(1, 0).data() == "Seedball making"


def test_open_database_switches_windows_and_remembers_the_folder(qtbot: Any, store: Database, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    other_folder = tmp_path / "coordinator"
    other = open_store(other_folder / "kenya.db")
    Records(other).record_site(Site(name="Karura Forest", country_code="KE"))
    other.close()
    window = open_window(qtbot, store, tmp_path)
    offered: list[str] = []

    def choose(_parent: Any, _title: str, folder: str, _filter: str) -> tuple[str, str]:
        offered.append(folder)
        # the second time the user cancels: an open left running would outlive the test
        return (str(other_folder / "kenya.db") if len(offered) == 1 else ""), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    window.open_action.trigger()
    qtbot.waitUntil(lambda: window.successor is not None and window.successor.is_loaded, timeout=15_000)
    successor = window.successor
    assert successor is not None
    qtbot.addWidget(successor)
    assert successor.database.path == other_folder / "kenya.db" and not window.isVisible()
    assert str(other_folder) in successor.windowTitle()
    assert window.settings.value("paths/last_folder") == str(other_folder)
    successor.open_action.trigger()  # the next dialog starts in the folder used last
    assert offered[-1] == str(other_folder)


def test_damage_found_after_the_window_opens_is_reported(qtbot: Any, store: Database, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from fieldlog.domain.errors import DamagedDatabase

    def damaged() -> None:
        raise DamagedDatabase(f"{store.path} is damaged (page 7: btreeInitPage() returns error code 11).")

    shown: list[str] = []
    monkeypatch.setattr(store, "quick_check", damaged)
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    open_window(qtbot, store, tmp_path)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "damaged" in shown[0] and "backup" in shown[0] and "Traceback" not in shown[0]


def test_the_chosen_events_site_can_be_edited_and_the_edit_undone(qtbot: Any, store: Database,
                                                                   tmp_path: Path) -> None:
    records = Records(store)
    site = records.record_site(Site(name="Karura", country_code="KE")).record
    records.record_event(Event(event_name="Day", site_id=site.id, start=dt.datetime(2026, 6, 1, 9), participants=8))
    window = open_window(qtbot, store, tmp_path)
    qtbot.waitUntil(lambda: window.current_site is not None, timeout=10_000)
    dialog = open_dialog(qtbot, window, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert line_of(dialog.form.field("site_name")).text() == "Karura"
    type_fields(qtbot, dialog, {"site_name": "Karura Forest"})
    qtbot.keyClick(line_of(dialog.form.field("site_name")), Qt.Key.Key_Return)  # Enter saves and closes an edit
    qtbot.waitUntil(lambda: window.dialog is None, timeout=10_000)
    qtbot.waitUntil(lambda: records.get_site(site.id).name == "Karura Forest", timeout=10_000)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: records.get_site(site.id).name == "Karura", timeout=10_000)

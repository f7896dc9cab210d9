"""The import window driven like a user: a filled-in template imports without a mapping (and a second time
changes nothing), a foreign CSV is mapped column by column, error rows stop the import until they are
skipped, Cancel writes nothing, and a spreadsheet dropped on the main window opens the import."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QBrush, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from fieldlog.services.database import Database, open_store
from fieldlog.services.importing import RowStatus, rejected_path_for
from fieldlog.services.records import Records
from fieldlog.services.summary import summarize
from fieldlog.services.template import write_template
from fieldlog.ui.import_dialog import (
    ERROR_TINT,
    FILE_PAGE,
    MAPPING_PAGE,
    PREVIEW_PAGE,
    RESULT_PAGE,
    ImportDialog,
    OutcomeModel,
)
from fieldlog.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
TEMPLATE_SHEETS = {"Events": "events", "Planting": "planting", "Seed collection": "seed_collection",
                   "Seedball making": "seedball_making", "Invasive removal": "invasive_removal",
                   "Litter pickup": "litter_pickup", "Other": "other", "Litter items": "litter_items"}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Database]:
    """A fresh database file."""
    database = open_store(tmp_path / "fieldlog.db")
    yield database
    database.close()


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A message box would wait for a click: record its text instead."""
    shown: list[str] = []

    def record(*args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
        shown.append(str(args[2]) if len(args) > 2 else "")
        return QMessageBox.StandardButton.Ok

    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, record)
    return shown


def open_window(qtbot: Any, database: Database, tmp_path: Path) -> MainWindow:
    """A shown main window over `database` once its first load is done (settings in a temporary file)."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(database, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_loaded, timeout=15_000)
    return window


def template_workbook(folder: Path, extra_planting: list[tuple[Any, ...]] = ()) -> Path:  # type: ignore[assignment]
    """The coordinator's template with its example rows, plus planting rows (event, date, species, plants)."""
    path = folder / "coordinator.xlsx"
    write_template(path)
    if extra_planting:
        workbook = openpyxl.load_workbook(path)
        sheet = workbook["Planting"]
        headers = [cell.value for cell in sheet[1]]
        for event, day, species, plants in extra_planting:
            row = [None] * len(headers)
            row[headers.index("Event")] = event
            row[headers.index("Date")] = day
            row[headers.index("Species")] = species
            row[headers.index("Plants")] = plants
            sheet.append(row)
        workbook.save(path)
    return path


def open_import(qtbot: Any, window: MainWindow, path: Path) -> ImportDialog:
    """Open the import window on `path` and wait until its sheets are listed."""
    dialog = window.open_import(path)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.reading, timeout=15_000)
    return dialog


def to_preview(qtbot: Any, dialog: ImportDialog) -> None:
    """Next, Next (with Enter, the default button), then wait until the preview has read the whole file."""
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == MAPPING_PAGE
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == PREVIEW_PAGE
    wait_preview(qtbot, dialog)


def wait_preview(qtbot: Any, dialog: ImportDialog) -> None:
    """Wait until the running preview has finished (or failed)."""
    qtbot.waitUntil(lambda: not dialog.previewing, timeout=30_000)


def import_and_wait(qtbot: Any, dialog: ImportDialog) -> None:
    """Press Import and wait for the result page."""
    assert dialog.import_button.isEnabled(), dialog.import_note.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == RESULT_PAGE or not dialog.importing, timeout=30_000)
    assert dialog.pages.currentIndex() == RESULT_PAGE, dialog.preview_status.text()


def close_dialog(qtbot: Any, window: MainWindow, dialog: ImportDialog) -> None:
    """Esc closes the import window."""
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.import_dialog is None, timeout=5000)


def statuses(dialog: ImportDialog) -> list[RowStatus]:
    """The status of every previewed row."""
    return [outcome.status for outcome in dialog.model.outcomes]


def block_runner(window: MainWindow) -> threading.Event:
    """Hold the task thread until the returned gate is set (so a Cancel lands before the work starts)."""
    gate = threading.Event()
    window.runner.submit(lambda: gate.wait(20))
    return gate


def test_a_filled_template_imports_by_keyboard_and_importing_again_changes_nothing(
        qtbot: Any, store: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = template_workbook(tmp_path, [("Riverside restoration day", dt.date(2026, 5, 30), "Markhamia lutea", 25)])
    window = open_window(qtbot, store, tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(path), ""))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL)  # File > Import spreadsheet…
    qtbot.waitUntil(lambda: window.import_dialog is not None and window.import_dialog.look is not None,
                    timeout=15_000)
    dialog = window.import_dialog
    assert dialog is not None and dialog.pages.currentIndex() == FILE_PAGE
    assert window.settings.value("paths/last_folder") == str(tmp_path)
    assert dialog.chosen_sheets() == TEMPLATE_SHEETS  # named sheets are chosen; Instructions and Lists are not
    assert not dialog.choices["Instructions"].check.isChecked() and not dialog.choices["Lists"].check.isChecked()

    to_preview(qtbot, dialog)
    assert statuses(dialog) == [RowStatus.NEW] * 11, [o.reasons for o in dialog.model.outcomes]
    assert "11 new" in dialog.summary_label.text()
    assert "2 plantings (65 plants" in dialog.additions_label.text()
    assert "Instructions" in dialog.notes_label.text()
    assert dialog.import_button.isEnabled() and dialog.import_button.isDefault()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter presses Import
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == RESULT_PAGE, timeout=30_000)
    assert "9 records added" in dialog.result_label.text() and "backed up" in dialog.result_label.text()
    qtbot.waitUntil(lambda: window.figures["plants"].text() == "65", timeout=15_000)  # the window reloads
    assert window.events_model.total == 1
    summary = summarize(store)
    assert (summary.events, summary.planting.plants, summary.litter_pickup.items) == (1, 65, 172)
    close_dialog(qtbot, window, dialog)

    dialog = open_import(qtbot, window, path)
    to_preview(qtbot, dialog)
    assert statuses(dialog) == [RowStatus.UNCHANGED] * 11
    assert not dialog.import_button.isEnabled()
    assert "Nothing to import" in dialog.import_note.text()
    close_dialog(qtbot, window, dialog)
    assert summarize(store) == summary
    assert len(Records(store).list_events()) == 1


def write_csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


NURSERY_LINES = [
    "Outing,Day,Where,Nation,Helpers,Tree,How many,Planted area,Comment",
    "Hillside day,2026-04-11,Ngong Hills,Kenya,14,Croton megalocarpus,120,0.5,first block",
    "Hillside day,2026-04-11,Ngong Hills,Kenya,14,Markhamia lutea,80,0.25,",
    "River day,2026-04-18,Ngong Hills,Kenya,9,Croton megalocarpus,60,,wet",
]


def map_nursery_columns(dialog: ImportDialog) -> None:
    """Choose the table and every column's field, as a user does with the combos."""
    choice = dialog.choices["nursery_log"]
    assert not choice.check.isChecked()  # nothing in the file says what it is
    assert not dialog.next_button.isEnabled()
    choice.table.setCurrentIndex(choice.table.findData("planting"))
    assert choice.check.isChecked() and dialog.next_button.isEnabled()
    dialog.go_next()
    editor = dialog.editor("nursery_log")
    assert editor.problem.text()  # species and plants are not mapped yet
    assert not dialog.next_button.isEnabled()
    for header, field in (("Outing", "event_name"), ("Day", "date"), ("Where", "site_name"),
                          ("Nation", "country_code"), ("Helpers", "participants"), ("Tree", "species"),
                          ("How many", "plants")):
        editor.set_field(header, field)
    editor.set_field("Planted area", "area_m2", "ha")
    assert editor.unit_combo("Planted area").isVisibleTo(editor) and not editor.unit_combo("Tree").isVisibleTo(editor)
    constant = editor.add_constant("start", "{Day}")  # each outing starts on its day
    assert constant.value.text() == "{Day}"
    assert not editor.problem.text(), editor.problem.text()
    assert dialog.next_button.isEnabled()


def test_a_csv_is_mapped_column_by_column_and_the_mapping_is_remembered(
        qtbot: Any, store: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_csv(tmp_path / "nursery_log.csv", NURSERY_LINES)
    window = open_window(qtbot, store, tmp_path)
    dialog = open_import(qtbot, window, path)
    map_nursery_columns(dialog)
    saved = tmp_path / "nursery-mapping"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(saved), ""))
    dialog.save_mapping_button.click()
    mapping = json.loads(saved.with_suffix(".json").read_text(encoding="utf-8"))
    assert mapping["kind"] == "planting" and mapping["columns"]["Tree"] == "species"
    assert mapping["units"] == {"Planted area": "ha"} and mapping["constants"] == {"start": "{Day}"}

    dialog.go_next()
    wait_preview(qtbot, dialog)
    assert statuses(dialog) == [RowStatus.NEW] * 3, [o.reasons for o in dialog.model.outcomes]
    assert "Comment" in dialog.notes_label.text()  # the column left unmapped is listed
    import_and_wait(qtbot, dialog)
    planting = summarize(store).planting
    assert (planting.activities, planting.plants, planting.area_m2) == (3, 260, 7500)
    assert sorted(e.event_name for e in Records(store).list_events()) == ["Hillside day", "River day"]
    close_dialog(qtbot, window, dialog)

    # The same headers next time: the table and every column are chosen already.
    dialog = open_import(qtbot, window, path)
    assert dialog.chosen_sheets() == {"nursery_log": "planting"}
    dialog.go_next()
    editor = dialog.editor("nursery_log")
    assert editor.field_combo("Tree").currentData() == "species"
    assert editor.unit_combo("Planted area").currentData() == "ha"
    assert [c.field.currentData() for c in editor.constants] == ["start"]
    dialog.go_next()
    wait_preview(qtbot, dialog)
    assert statuses(dialog) == [RowStatus.UNCHANGED] * 3


def test_a_csv_with_decimal_commas_is_refused_until_the_box_says_so(
        qtbot: Any, store: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # As Excel saves a CSV where a comma is the decimal mark: semicolons between the cells.
    lines = [line.replace(",", ";").replace(";0.", ";0,") for line in NURSERY_LINES]
    assert "0,5" in lines[1] and "0,25" in lines[2]
    path = write_csv(tmp_path / "nursery_log.csv", lines)
    window = open_window(qtbot, store, tmp_path)
    dialog = open_import(qtbot, window, path)
    map_nursery_columns(dialog)
    editor = dialog.editor("nursery_log")
    assert not editor.decimal_comma.isChecked()
    dialog.go_next()
    wait_preview(qtbot, dialog)
    assert statuses(dialog) == [RowStatus.ERROR, RowStatus.ERROR, RowStatus.NEW]
    assert dialog.summary_label.text() == "nursery_log.csv: 1 new, 2 errors"
    reasons = " ".join(dialog.model.outcome(0).reasons)
    assert "'0,5'" in reasons and "Planted area" in reasons and 'tick "Decimal comma"' in reasons, reasons
    # The first refused row is current, its whole reason under the table (the Reason column cuts it short).
    assert dialog.table.currentIndex().row() == 0 and dialog.reason_label.isVisibleTo(dialog)
    assert dialog.reason_label.text() == f"Row 2 of sheet nursery_log:\n{reasons}"
    dialog.table.setCurrentIndex(dialog.model.index(2, 0))  # a new row: nothing to explain
    assert not dialog.reason_label.isVisibleTo(dialog)
    assert not dialog.import_button.isEnabled()

    dialog.go_back()
    editor.decimal_comma.setChecked(True)
    saved = tmp_path / "nursery-mapping.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(saved), ""))
    dialog.save_mapping_button.click()
    assert json.loads(saved.read_text(encoding="utf-8"))["decimal_comma"] is True
    dialog.go_next()
    wait_preview(qtbot, dialog)
    assert statuses(dialog) == [RowStatus.NEW] * 3, [o.reasons for o in dialog.model.outcomes]
    assert dialog.additions_label.text() == \
        "Would add: 1 site, 2 events (23 participants), 3 plantings (260 plants, 7,500 m²)"
    import_and_wait(qtbot, dialog)
    assert summarize(store).planting.area_m2 == 7500  # 0,5 ha and 0,25 ha
    close_dialog(qtbot, window, dialog)

    dialog = open_import(qtbot, window, path)  # the same headers next time: the box is ticked again
    dialog.go_next()
    assert dialog.editor("nursery_log").decimal_comma.isChecked()


def test_a_loaded_mapping_is_applied_to_its_sheet(qtbot: Any, store: Database, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_csv(tmp_path / "nursery_log.csv", NURSERY_LINES)
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({
        "kind": "planting", "columns": {"Outing": "event_name", "Day": "start", "Where": "site_name",
                                        "Nation": "country_code", "Helpers": "participants", "Tree": "species",
                                        "How many": "plants"}}), encoding="utf-8")
    window = open_window(qtbot, store, tmp_path)
    dialog = open_import(qtbot, window, path)
    dialog.choices["nursery_log"].check.setChecked(True)
    dialog.go_next()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(mapping), ""))
    dialog.load_mapping_button.click()
    editor = dialog.editor("nursery_log")
    assert editor.table == "planting" and editor.field_combo("Day").currentData() == "start"
    assert not editor.problem.text() and "map.json" in dialog.mapping_status.text()
    bad = tmp_path / "bad.json"
    bad.write_text('{"kind": "planting", "columns": {"Tree": "colour"}}', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(bad), ""))
    dialog.load_mapping_button.click()
    assert "colour" in dialog.mapping_status.text() and "Traceback" not in dialog.mapping_status.text()


def test_an_error_row_is_highlighted_and_blocks_the_import_until_skipped(
        qtbot: Any, store: Database, tmp_path: Path) -> None:
    path = template_workbook(tmp_path, [("Riverside restoration day", dt.date(2026, 5, 30), "Markhamia lutea", "many")])
    window = open_window(qtbot, store, tmp_path)
    dialog = open_import(qtbot, window, path)
    to_preview(qtbot, dialog)
    rows = [row for row in range(dialog.model.rowCount())
            if dialog.model.outcome(row).status is RowStatus.ERROR]
    assert len(rows) == 1
    status = dialog.model.index(rows[0], 3)
    assert status.data() == "error"
    background = status.data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush) and background.color() == ERROR_TINT
    assert "many" in dialog.model.index(rows[0], 5).data()
    assert not dialog.import_button.isEnabled()
    assert "Skip invalid rows" in dialog.import_note.text() and "1 row has errors" in dialog.import_note.text()

    dialog.filter_combo.setCurrentIndex(dialog.filter_combo.findText("Errors (1)"))
    assert dialog.model.rowCount() == 1 and dialog.model.outcome(0).status is RowStatus.ERROR
    dialog.filter_combo.setCurrentIndex(0)

    dialog.skip_box.setChecked(True)
    assert dialog.import_button.isEnabled()
    assert rejected_path_for(path).name in dialog.skip_box.text() and "1 error row" in dialog.import_note.text()
    import_and_wait(qtbot, dialog)
    rejected = rejected_path_for(path)
    assert rejected.exists() and str(rejected) in dialog.result_label.text()
    assert summarize(store).planting.plants == 40  # the example row only


def test_cancel_during_the_preview_or_the_import_writes_nothing(qtbot: Any, store: Database,
                                                                tmp_path: Path) -> None:
    path = template_workbook(tmp_path)
    window = open_window(qtbot, store, tmp_path)
    dialog = open_import(qtbot, window, path)
    dialog.go_next()

    gate = block_runner(window)
    dialog.go_next()  # the preview waits behind the gate
    assert dialog.previewing and not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    gate.set()
    wait_preview(qtbot, dialog)
    assert "stopped" in dialog.summary_label.text() and dialog.preview is None
    assert not dialog.import_button.isEnabled() and dialog.again_button.isVisible()

    dialog.again_button.click()
    wait_preview(qtbot, dialog)
    assert dialog.preview is not None and dialog.import_button.isEnabled()
    gate = block_runner(window)
    dialog.import_button.click()
    assert dialog.progress_dialog is not None
    dialog.progress_dialog.canceled.emit()  # the progress dialog's Cancel
    gate.set()
    qtbot.waitUntil(lambda: not dialog.importing, timeout=30_000)
    assert "cancelled" in dialog.preview_status.text().lower()
    assert dialog.pages.currentIndex() == PREVIEW_PAGE and dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)
    assert Records(store).list_events() == [] and summarize(store).events == 0

    # Esc while a preview runs stops it and closes the window.
    gate = block_runner(window)
    dialog.again_button.click()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    gate.set()
    qtbot.waitUntil(lambda: window.import_dialog is None and not window.runner.busy, timeout=15_000)
    assert Records(store).list_events() == []


def test_a_spreadsheet_dropped_on_the_window_opens_the_import(qtbot: Any, store: Database, tmp_path: Path) -> None:
    path = template_workbook(tmp_path)
    window = open_window(qtbot, store, tmp_path)

    def mime(file: Path) -> QMimeData:
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(file))])
        return data

    other = mime(tmp_path / "notes.pdf")  # kept in a variable: the event does not own its data
    refused = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, other, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(refused)
    assert not refused.isAccepted()
    carried = mime(path)
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, carried, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, carried, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: window.import_dialog is not None and window.import_dialog.isVisible(), timeout=5000)
    dialog = window.import_dialog
    assert dialog is not None and dialog.path == path
    qtbot.waitUntil(lambda: dialog.look is not None, timeout=15_000)
    assert dialog.chosen_sheets() == TEMPLATE_SHEETS
    close_dialog(qtbot, window, dialog)


def test_new_template_is_written_where_chosen_and_the_folder_remembered(
        qtbot: Any, store: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, store, tmp_path)
    folder = tmp_path / "out"
    folder.mkdir()
    offered: list[str] = []

    def choose(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        offered.append(start)
        return str(folder / "for-kenya"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    window.template_action.trigger()
    qtbot.waitUntil(lambda: (folder / "for-kenya.xlsx").exists() and not window.runner.busy, timeout=15_000)
    assert "Planting" in openpyxl.load_workbook(folder / "for-kenya.xlsx", read_only=True).sheetnames
    assert window.settings.value("paths/last_folder") == str(folder)
    window.template_action.trigger()
    assert offered[-1] == str(folder / "fieldlog-template.xlsx")


def test_a_csv_in_another_encoding_asks_for_it(qtbot: Any, store: Database, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_csv(tmp_path / "planting.csv", ["Event,Start,Site,Country,Participants,Species,Plants",
                                                 "Fête des arbres,2026-04-11,Forêt,FR,10,Quercus robur,12"],
                     encoding="cp1252")
    asked: list[str] = []

    def choose(_parent: Any, _title: str, label: str, items: list[str], *_args: Any) -> tuple[str, bool]:
        asked.append(label)
        return items[0], True  # cp1252

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    window = open_window(qtbot, store, tmp_path)
    dialog = open_import(qtbot, window, path)
    qtbot.waitUntil(lambda: dialog.look is not None, timeout=15_000)
    assert asked and "cp1252" in asked[0].lower()
    assert dialog.encoding == "cp1252" and dialog.encoding_combo.isVisibleTo(dialog)
    assert dialog.chosen_sheets() == {"planting": "planting"}
    to_preview(qtbot, dialog)
    assert statuses(dialog) == [RowStatus.NEW], [o.reasons for o in dialog.model.outcomes]
    import_and_wait(qtbot, dialog)
    assert [e.event_name for e in Records(store).list_events()] == ["Fête des arbres"]


def test_the_preview_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    from fieldlog.services.importing import RowOutcome

    model = OutcomeModel()
    model.append([RowOutcome("Planting", 2, "Planting", RowStatus.NEW, "Croton, 40 plants"),
                  RowOutcome("Planting", 3, "Planting", RowStatus.ERROR, reasons=("column 'Plants': not a number",)),
                  RowOutcome("Planting", 4, "Planting", RowStatus.DUPLICATE, "Croton, 40 plants", ("looks like",))])
    qtmodeltester.check(model, force_py=True)
    model.set_filter(frozenset({RowStatus.ERROR}))
    assert model.rowCount() == 1 and model.index(0, 3).data() == "error"
    model.append([RowOutcome("Planting", 5, "Planting", RowStatus.ERROR, reasons=("blank",))])
    assert model.rowCount() == 2 and model.counts[RowStatus.ERROR] == 2
    qtmodeltester.check(model, force_py=True)


def test_the_header_row_can_be_moved_and_tab_runs_down_the_columns(qtbot: Any, store: Database,
                                                                   tmp_path: Path) -> None:
    path = write_csv(tmp_path / "log.csv", ["Nursery log, Ngong Hills 2026", *NURSERY_LINES])
    window = open_window(qtbot, store, tmp_path)
    dialog = open_import(qtbot, window, path)
    choice = dialog.choices["log"]
    choice.table.setCurrentIndex(choice.table.findData("planting"))
    dialog.go_next()
    editor = dialog.editor("log")
    assert list(editor.columns) == ["nursery log", "ngong hills 2026"]  # row 1 is a title, not headers
    editor.header_row.setValue(2)
    qtbot.waitUntil(lambda: editor.look.header_row == 2 and not dialog.reading, timeout=10_000)
    assert "tree" in editor.columns and editor.field_combo("Tree").currentData() is None
    editor.set_field("Tree", "species")
    assert editor.mapping().header_row == 2 and editor.mapping().columns == {"Tree": "species"}

    dialog.activateWindow()
    # Widgets added to a shown window appear on the next turn of the event loop.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog and editor.field_combo("Outing").isVisible(),
                    timeout=5000)
    editor.date_format.setFocus()
    qtbot.keyClick(editor.date_format, Qt.Key.Key_Tab)
    assert editor.decimal_comma.hasFocus()
    qtbot.keyClick(editor.decimal_comma, Qt.Key.Key_Tab)
    assert editor.field_combo("Outing").hasFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.import_dialog is None, timeout=5000)


def test_a_file_that_cannot_be_read_is_explained_in_plain_words(qtbot: Any, store: Database,
                                                                tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    path.write_text("Event,Start\nBeach day,2026-06-01\n", encoding="utf-8")
    window = open_window(qtbot, store, tmp_path)
    dialog = open_import(qtbot, window, path)
    assert dialog.look is None and not dialog.next_button.isEnabled()
    assert "rename it to .csv" in dialog.file_status.text() and "Traceback" not in dialog.file_status.text()

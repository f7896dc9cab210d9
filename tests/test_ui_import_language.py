"""The import window in another language: its own words, the tables and columns of the template and the
row statuses all come from the installed translator, with counts and file names filled in after translation.

A small Spanish catalogue is compiled here (pyside6-lrelease), so the first test does not depend on the state
of the shipped translations; the reasons a row is refused are read with the shipped catalogue, as a Spanish
organizer's window reads them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QLabel

from fieldlog.io.language import catalogue
from fieldlog.services.database import Database, open_store
from fieldlog.services.importing import RowStatus
from fieldlog.ui.import_dialog import MAPPING_PAGE, PREVIEW_PAGE
from tests.test_ui_import import (
    NURSERY_LINES,
    map_nursery_columns,
    open_import,
    open_window,
    statuses,
    template_workbook,
    wait_preview,
    write_csv,
)

SPANISH = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context><name>ImportDialog</name>
<message><source>Import a spreadsheet</source><translation>Importar una hoja de cálculo</translation></message>
<message numerus="yes"><source>%Ln sheet(s); {chosen} chosen. Next: check the columns.</source>
<translation><numerusform>%Ln hoja; {chosen} elegidas. Siguiente: revise las columnas.</numerusform>
<numerusform>{chosen} elegidas de %Ln hojas. Siguiente: revise las columnas.</numerusform></translation></message>
</context>
<context><name>MappingEditor</name>
<message><source>Goes to field</source><translation>Va al campo</translation></message>
</context>
<context><name>import_dialog</name>
<message><source>new</source><translation>nueva</translation></message>
<message><source>Status</source><translation>Estado</translation></message>
</context>
<context><name>sheets</name>
<message><source>Planting</source><translation>Plantación</translation></message>
</context>
<context><name>columns</name>
<message><source>Event</source><translation>Evento</translation></message>
</context>
</TS>
"""


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Database]:
    """A fresh database file."""
    database = open_store(tmp_path / "fieldlog.db")
    yield database
    database.close()


@pytest.fixture
def spanish(qapp: Any, tmp_path: Path) -> Iterator[None]:
    """A Spanish translator installed over the English one for one test."""
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(tool) if tool.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        pytest.skip("pyside6-lrelease is not installed with PySide6")
    source, compiled = tmp_path / "es.ts", tmp_path / "es.qm"
    source.write_text(SPANISH, encoding="utf-8")
    subprocess.run([found, str(source), "-qm", str(compiled)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.mark.usefixtures("spanish")
def test_the_import_window_speaks_the_language_of_the_window(qtbot: Any, store: Database, tmp_path: Path) -> None:
    window = open_window(qtbot, store, tmp_path)
    dialog = open_import(qtbot, window, template_workbook(tmp_path))  # with its example rows
    assert dialog.windowTitle() == "Importar una hoja de cálculo"
    # The sheet named Planting fills the table a Spanish user knows as Plantación, as in a Spanish template.
    assert dialog.choices["Planting"].table.currentText() == "Plantación"
    # The count is written into the translation, wherever the translator put it.
    chosen = len(dialog.chosen_sheets())
    assert f"{chosen} elegidas de {len(dialog.choices)} hojas" in dialog.file_status.text()

    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == MAPPING_PAGE
    editor = dialog.editor("Planting")
    assert "<b>Va al campo</b>" in {label.text() for label in editor.grid_holder.findChildren(QLabel)}
    assert editor.field_combo("Event").currentText() == "Evento"  # the column spec's label, in Spanish

    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == PREVIEW_PAGE
    wait_preview(qtbot, dialog)
    model = dialog.model
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Estado"
    planted = [row for row in range(model.rowCount()) if model.index(row, 2).data() == "Plantación"]
    assert planted and "nueva" in {model.index(row, 3).data() for row in planted}


def test_why_a_row_is_refused_is_said_in_the_language_of_the_window(qtbot: Any, store: Database, tmp_path: Path,
                                                                   in_spanish: None) -> None:
    lines = list(NURSERY_LINES)
    lines[1] = lines[1].replace(",120,", ",-120,")  # a count below 0
    lines[2] = lines[2].replace(",0.25,", ',"0,25",')  # a decimal comma, quoted, in a comma-separated file
    lines[3] = lines[3].replace("2026-04-18", "18/04/2026")  # a local date, read for the date and the start
    path = write_csv(tmp_path / "nursery_log.csv", lines)
    window = open_window(qtbot, store, tmp_path)
    dialog = open_import(qtbot, window, path)
    map_nursery_columns(dialog)
    dialog.go_next()
    wait_preview(qtbot, dialog)
    assert statuses(dialog) == [RowStatus.ERROR] * 3
    spanish = catalogue("es")
    where = spanish("messages", "column '{column}': {problem}")
    negative = spanish("messages", "{number} is negative; a count cannot be below 0")
    assert negative != "{number} is negative; a count cannot be below 0", "the catalogue translates the reason"
    model = dialog.model
    expected = where.format(column="How many", problem=negative.format(number="-120"))
    assert model.index(0, 5).data() == expected
    assert model.index(0, 5).data(Qt.ItemDataRole.ToolTipRole) == expected
    comma = model.index(1, 5).data()
    assert "'0,25'" in comma and "0.25" in comma  # the cell as typed, and what to write instead
    assert spanish("messages", 'or, if the whole sheet uses decimal commas, say so: tick "Decimal comma" when '
                               'importing in the window, or write "decimal_comma": true in the mapping file') in comma
    assert "has a comma" not in comma and "column '" not in comma
    [date] = dialog.model.outcome(2).reasons  # once, though the cell is read for Date and for Start
    assert spanish("messages", "day/month/year") in model.index(2, 5).data(), date
    assert "2026-04-18" in model.index(2, 5).data()  # what to write, as the file needs it
    assert dialog.notes_label.text() == spanish("messages", "Sheet '{sheet}': columns ignored (not mapped): "
                                                            "{columns}").format(sheet="nursery_log", columns="Comment")
    # The English sentence is what the rejected rows' workbook and the command line keep.
    assert dialog.preview is not None
    assert "is negative; a count cannot be below 0" in dialog.preview.outcomes[0].reasons[0]

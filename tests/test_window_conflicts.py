"""Someone else saved a record while the user edited it: the window asks before anything is overwritten.

The editor is open on an event; a second program (another Records on another connection to the same
database) changes the event; the user saves. The conflict question names what the other person changed
and when, and each answer does what it says. An undo after someone else changed the record asks too;
the user's own undo and redo never do. Runs on each backend of the `database` fixture.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from fieldlog.domain.records import Event, Site
from fieldlog.services.database import Database, open_store
from fieldlog.services.records import Records
from fieldlog.ui.dialogs import ConflictQuestion, RecordDialog
from fieldlog.ui.main_window import MainWindow
from tests.test_ui_main import line_of, open_dialog, open_window, settle, type_fields


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing an editor with unsaved typing (a failed test's) discards it instead of waiting for an answer."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)


@pytest.fixture
def someone_else(database_location: str | Path) -> Iterator[Records]:
    """Another program's records on the same database (its own connections)."""
    other = open_store(database_location)
    yield Records(other)
    other.close()


@pytest.fixture
def stored(database: Database) -> Event:
    """One event at one site, as stored before the window opens."""
    records = Records(database)
    site = records.record_site(Site(name="Karura Forest", country_code="KE")).record
    return records.record_event(Event(event_name="Karura planting day", site_id=site.id,
                                      start=dt.datetime(2026, 5, 31, 9), end=dt.datetime(2026, 5, 31, 12),
                                      participants=12)).record


def edit_and_save_after_someone_else(qtbot: Any, window: MainWindow, someone_else: Records,
                                     stored: Event) -> tuple[RecordDialog, ConflictQuestion, Event]:
    """Open the event's editor, rename the event, let someone else change it, then save: the question."""
    qtbot.waitUntil(lambda: window.current_event is not None, timeout=10_000)
    dialog = open_dialog(qtbot, window, Qt.Key.Key_E)
    type_fields(qtbot, dialog, {"event_name": "Karura planting morning"})
    theirs = someone_else.update(dataclasses.replace(someone_else.get_event(stored.id), participants=30,
                                                     notes="counted at the gate")).record
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.question is not None or "Saving" not in dialog.status.text(), timeout=15_000)
    assert dialog.question is not None, (dialog.status.text(), dialog.form.message())
    qtbot.waitUntil(dialog.question.isVisible, timeout=5000)
    return dialog, dialog.question, theirs


def test_the_question_names_what_changed_and_when(qtbot: Any, database: Database, stored: Event,
                                                  someone_else: Records, tmp_path: Path) -> None:
    window = open_window(qtbot, database, tmp_path)
    dialog, question, theirs = edit_and_save_after_someone_else(qtbot, window, someone_else, stored)
    assert theirs.updated_at is not None
    when = theirs.updated_at.replace(tzinfo=dt.UTC).astimezone()
    assert question.text() == (f"Someone else changed this event at {when:%H:%M} (participants, volunteer hours, "
                               "notes) since you opened it.")
    buttons = {button.text() for button in question.buttons()}
    assert buttons == {"Overwrite with mine", "Keep theirs", "Cancel"}
    assert question.defaultButton() is question.cancel_button  # Enter never overwrites anyone's work
    assert "Not saved yet" in dialog.status.text()
    assert Records(database).get_event(stored.id) == theirs  # nothing overwritten while asking
    qtbot.mouseClick(question.cancel_button, Qt.MouseButton.LeftButton)


def test_overwrite_with_mine_saves_over_theirs_and_undo_brings_theirs_back(
        qtbot: Any, database: Database, stored: Event, someone_else: Records, tmp_path: Path) -> None:
    window = open_window(qtbot, database, tmp_path)
    dialog, question, theirs = edit_and_save_after_someone_else(qtbot, window, someone_else, stored)
    qtbot.mouseClick(question.overwrite_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.dialog is None, timeout=15_000)
    settle(qtbot, window)
    records = Records(database)
    mine = records.get_event(stored.id)
    assert (mine.event_name, mine.participants, mine.notes) == ("Karura planting morning", 12, None)
    window.undo_action.trigger()  # the version the overwrite replaced: theirs
    qtbot.waitUntil(lambda: records.get_event(stored.id).notes == "counted at the gate", timeout=10_000)
    back = records.get_event(stored.id)
    assert (back.event_name, back.participants) == (theirs.event_name, theirs.participants)
    assert window.conflict_question is None  # the user's own undo did not ask
    assert dialog is not None


def test_keep_theirs_closes_the_editor_and_keeps_their_version(
        qtbot: Any, database: Database, stored: Event, someone_else: Records, tmp_path: Path) -> None:
    window = open_window(qtbot, database, tmp_path)
    _dialog, question, theirs = edit_and_save_after_someone_else(qtbot, window, someone_else, stored)
    qtbot.mouseClick(question.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.dialog is None, timeout=15_000)  # closed without "discard changes?"
    settle(qtbot, window)
    assert Records(database).get_event(stored.id) == theirs
    assert "as someone else saved it" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.current_event == theirs, timeout=10_000)  # the list shows their version
    assert window.undo_stack.count() == 0  # nothing of mine was saved, so nothing to undo


def test_cancel_goes_back_to_what_was_typed_and_saving_again_asks_again(
        qtbot: Any, database: Database, stored: Event, someone_else: Records, tmp_path: Path) -> None:
    window = open_window(qtbot, database, tmp_path)
    dialog, question, theirs = edit_and_save_after_someone_else(qtbot, window, someone_else, stored)
    qtbot.mouseClick(question.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.question is None, timeout=5000)
    assert dialog.isVisible() and line_of(dialog.form.field("event_name")).text() == "Karura planting morning"
    assert dialog.status.text().startswith("Not saved: Someone else changed this event")
    assert Records(database).get_event(stored.id) == theirs
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # still their newer version: asked again
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(), timeout=15_000)
    assert dialog.question is not None
    qtbot.keyClick(dialog.question, Qt.Key.Key_Escape)  # Esc is Cancel
    qtbot.waitUntil(lambda: dialog.question is None, timeout=5000)
    assert Records(database).get_event(stored.id) == theirs


def test_undo_after_someone_else_changed_the_record_asks(qtbot: Any, database: Database, stored: Event,
                                                         someone_else: Records, tmp_path: Path) -> None:
    window = open_window(qtbot, database, tmp_path)
    records = Records(database)
    qtbot.waitUntil(lambda: window.current_event is not None, timeout=10_000)
    dialog = open_dialog(qtbot, window, Qt.Key.Key_E)
    type_fields(qtbot, dialog, {"participants": "14"})
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.dialog is None, timeout=15_000)
    settle(qtbot, window)
    # The user's own undo, redo and undo again never ask (each is based on the version the one before stored).
    for participants, action in ((12, window.undo_action), (14, window.redo_action), (12, window.undo_action),
                                 (14, window.redo_action)):
        action.trigger()
        qtbot.waitUntil(lambda p=participants: records.get_event(stored.id).participants == p, timeout=10_000)
        settle(qtbot, window)
        assert window.conflict_question is None
    # Someone else changes the notes; undoing the participants now asks.
    theirs = someone_else.update(dataclasses.replace(someone_else.get_event(stored.id),
                                                     notes="counted at the gate")).record
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.conflict_question is not None and window.conflict_question.isVisible(),
                    timeout=15_000)
    question = window.conflict_question
    assert question is not None
    assert re.fullmatch(r"Someone else changed this event at \d\d:\d\d \(notes\) since your edit\.", question.text())
    assert {button.text() for button in question.buttons()} == {"Undo anyway", "Keep theirs"}
    assert records.get_event(stored.id) == theirs
    qtbot.mouseClick(question.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.undo_stack.count() == 0, timeout=5000)  # the history starts afresh
    settle(qtbot, window)
    assert records.get_event(stored.id) == theirs

    # Again (14 -> 16), and this time the user undoes anyway: the event is put back as it was before the
    # edit (14), their "recounted" replaced by the notes it held then.
    dialog = open_dialog(qtbot, window, Qt.Key.Key_E)
    type_fields(qtbot, dialog, {"participants": "16"})
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.dialog is None, timeout=15_000)
    settle(qtbot, window)
    someone_else.update(dataclasses.replace(someone_else.get_event(stored.id), notes="recounted"))
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.conflict_question is not None and window.conflict_question.isVisible(),
                    timeout=15_000)
    assert window.conflict_question is not None
    qtbot.mouseClick(window.conflict_question.overwrite_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: records.get_event(stored.id).participants == 14, timeout=10_000)
    assert records.get_event(stored.id).notes == "counted at the gate"


def test_undo_across_a_deletion_and_its_undo_does_not_ask(qtbot: Any, database: Database, stored: Event,
                                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Deleting the event and undoing that restamps it without changing it: still the user's own version."""
    window = open_window(qtbot, database, tmp_path)
    records = Records(database)
    qtbot.waitUntil(lambda: window.current_event is not None, timeout=10_000)
    dialog = open_dialog(qtbot, window, Qt.Key.Key_E)
    type_fields(qtbot, dialog, {"participants": "14"})
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.dialog is None, timeout=15_000)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.current_event is not None and window.current_event.participants == 14,
                    timeout=10_000)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    window.delete_event()
    qtbot.waitUntil(lambda: records.count_events() == 0, timeout=10_000)
    settle(qtbot, window)  # the deletion reaches the undo stack when its result is delivered, after the write
    assert window.undo_stack.undoText().startswith("delete event")
    window.undo_action.trigger()  # the deletion
    qtbot.waitUntil(lambda: records.count_events() == 1, timeout=10_000)
    settle(qtbot, window)
    window.undo_action.trigger()  # the edit: the event was restamped by the restore, not changed
    qtbot.waitUntil(lambda: records.get_event(stored.id).participants == 12, timeout=10_000)
    settle(qtbot, window)
    assert window.conflict_question is None

"""The window's side of data safety, on real SQLite files: Back up now, the restore dialog and a restore,
the automatic and at-exit backups, a damaged file found after the window opened, and a database that
another fieldlog already has open."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from fieldlog.db import lock
from fieldlog.db.backup import list_backups
from fieldlog.domain.errors import DatabaseMovedAside
from fieldlog.domain.records import Event, Site
from fieldlog.services.database import Database
from fieldlog.services.demo import fill_demo_data
from fieldlog.services.records import Records
from fieldlog.services.safety import hold_for_window, moved_aside_files, open_for_command
from fieldlog.ui.backup_dialog import RestoreDialog, reason_text, when_text
from fieldlog.ui.formatting import format_size
from fieldlog.ui.main_window import AUTO_BACKUP_MS, MainWindow, open_first
from tests.conftest import REPO

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """Where the database file lives (its backups go to `backups/` beside it)."""
    return tmp_path / "data" / "fieldlog.db"


@pytest.fixture
def database(path: Path) -> Iterator[Database]:
    """The database opened as the window opens it: with the writer's lock, the quick check left to the window."""
    opened = open_for_command(path, writer=True, quick_check=False)
    yield opened
    opened.close()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every message box the window shows, as (title, text); questions are answered Yes."""
    shown: list[tuple[str, str]] = []

    def record(_parent: Any, title: str, text: str, *_rest: Any) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Yes

    for name in ("question", "information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, record)
    return shown


def open_window(qtbot: Any, database: Database, tmp_path: Path, *, loaded: bool = True) -> MainWindow:
    """A shown window over `database`, once its first load is done (when `loaded`)."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(database, settings=settings, records=Records(database, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.show()
    if loaded:
        qtbot.waitUntil(lambda: window.is_loaded, timeout=15_000)
    return window


def settle(qtbot: Any, window: MainWindow) -> None:
    """Wait until the database thread has nothing left to do and its results are shown."""
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15_000)


def successor_of(qtbot: Any, window: MainWindow) -> MainWindow:
    """The window that replaced `window` (after a restore or Open database…), once it has loaded."""
    qtbot.waitUntil(lambda: window.successor is not None, timeout=20_000)
    successor = window.successor
    assert successor is not None
    qtbot.addWidget(successor)  # closed at the end: it owns its database, so its lock goes too
    qtbot.waitUntil(lambda: successor.is_loaded, timeout=15_000)
    return successor


def reasons(path: Path) -> list[str]:
    """The reasons of the database's backups, newest first."""
    return [info.reason for info in list_backups(path.parent / "backups", path.stem, counts=False)]


def record_event(records: Records, name: str) -> Event:
    """One stored event at a stored site."""
    site = records.record_site(Site(name=f"{name} site", country_code="KE")).record
    return records.record_event(Event(event_name=name, site_id=site.id, start=dt.datetime(2026, 5, 31, 9),
                                      participants=12)).record


def test_the_words_a_backup_is_shown_with() -> None:
    now = dt.datetime(2026, 11, 21, 20, 0).astimezone()
    assert when_text(now - dt.timedelta(minutes=30), now).startswith("Today ")
    assert when_text(now - dt.timedelta(days=1), now).startswith("Yesterday ")
    assert when_text(dt.datetime(2026, 5, 1, 12, tzinfo=dt.UTC), now)[:10] == "2026-05-01"
    assert reason_text("at-exit") == "When fieldlog closed" and reason_text("before-merge-jo") == "Before merging jo"
    assert (format_size(812), format_size(300_000), format_size(3_500_000)) == ("812 bytes", "293 kB", "3.3 MB")


def test_back_up_now_writes_a_backup_and_says_where(qtbot: Any, database: Database, path: Path,
                                                   tmp_path: Path) -> None:
    window = open_window(qtbot, database, tmp_path)
    window.backup_action.trigger()
    settle(qtbot, window)
    [made] = list_backups(path.parent / "backups", counts=False)
    assert made.reason == "manual"
    assert window.statusBar().currentMessage() == f"Backed up to {made.path}."


def test_the_restore_dialog_lists_the_backups_newest_first_with_their_counts(
        qtbot: Any, database: Database, path: Path, tmp_path: Path) -> None:
    records = Records(database, today=lambda: TODAY)
    fill_demo_data(records, events=3, seed=1)
    database.backup("manual")
    fill_demo_data(records, events=2, seed=2)
    database.backup("automatic")
    window = open_window(qtbot, database, tmp_path)
    dialog = window.show_restore_dialog()
    assert isinstance(dialog, RestoreDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 2, timeout=10_000)
    rows = [[dialog.table.topLevelItem(row).text(column) for column in range(5)]  # type: ignore[union-attr]
            for row in range(2)]
    assert [row[1] for row in rows] == ["Automatic (every 30 minutes)", "Back up now"]
    assert [row[2] for row in rows] == ["5", "3"]
    assert all(row[0].startswith("Today ") and int(row[3]) > int(row[2]) and row[4].endswith("kB")
               for row in rows)
    assert dialog.restore_button.isEnabled()  # the newest is chosen to start with
    dialog.close_button.click()
    qtbot.waitUntil(lambda: window.restore_dialog is None, timeout=5000)


def test_restoring_from_the_dialog_brings_back_a_deleted_event(
        qtbot: Any, database: Database, path: Path, tmp_path: Path, answers: list[tuple[str, str]]) -> None:
    records = Records(database, today=lambda: TODAY)
    kept = record_event(records, "Karura planting day")
    good = database.backup("manual")
    records.delete(kept.id)
    window = open_window(qtbot, database, tmp_path)
    assert window.events_model.total == 0
    dialog = window.show_restore_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 1, timeout=10_000)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    successor = successor_of(qtbot, window)
    assert successor.events_model.total == 1 and successor.events_model.event_id(0) == kept.id
    assert not window.isVisible() and window.restore_dialog is None
    question, done = answers[0], answers[-1]
    assert question[0] == "Restore this backup?" and "backed up first" in question[1] and "1 event" in question[1]
    assert done[0] == "Backup restored" and "now holds 1 event and 0 activities" in done[1]
    assert reasons(path)[0] == "before-restore" and "before-restore" in done[1] and good.exists()
    assert lock.open_here(path) == 1  # the new window's database alone: the old one gave its lock back
    assert successor.database.hold is not None and not successor.database.hold.released


def test_restoring_in_the_window_brings_back_a_lost_picture_from_the_photo_backup(
        qtbot: Any, database: Database, path: Path, tmp_path: Path, answers: list[tuple[str, str]]) -> None:
    from fieldlog.services import photos
    from fieldlog.services.maintenance import backup_everything
    from tests.test_photos import camera_jpeg

    records = Records(database, today=lambda: TODAY)
    kept = record_event(records, "Karura planting day")
    photo = photos.attach_photo(database, kept.id, camera_jpeg(tmp_path / "slope.jpg")).photo
    good, _copied = backup_everything(database)  # the database and its pictures
    picture = photos.photo_path(database, photo)
    picture.unlink()  # lost from the store (a cleanup tool, say)
    window = open_window(qtbot, database, tmp_path)
    window.restore(good)
    successor = successor_of(qtbot, window)
    assert picture.is_file() and photos.file_sha256(picture) == photo.sha256
    done = answers[-1]
    assert done[0] == "Backup restored" and "1 photo copied back into the photo store" in done[1]
    assert successor.events_model.total == 1


def test_a_restore_that_fails_leaves_the_database_open_and_usable(
        qtbot: Any, database: Database, path: Path, tmp_path: Path, answers: list[tuple[str, str]]) -> None:
    records = Records(database, today=lambda: TODAY)
    record_event(records, "Karura planting day")
    window = open_window(qtbot, database, tmp_path)
    not_a_backup = tmp_path / "notes.db"
    not_a_backup.write_text("seedlings, gloves, bags\n" * 50)
    window.restore(not_a_backup)  # checked only after the database is closed: the worst moment to fail
    qtbot.waitUntil(lambda: any(title == "Backup not restored" for title, _text in answers), timeout=10_000)
    settle(qtbot, window)
    assert "not a fieldlog backup" in answers[-1][1] and "open as it was" in answers[-1][1]
    assert window.isVisible() and window.successor is None
    assert database.hold is not None and not database.hold.released  # locked again
    record_event(records, "Ngong Hills cleanup")  # and still usable
    window.refresh()
    settle(qtbot, window)
    assert window.events_model.total == 2


def test_the_30_minute_timer_backs_up_only_after_a_change(qtbot: Any, database: Database, path: Path,
                                                          tmp_path: Path) -> None:
    window = open_window(qtbot, database, tmp_path)
    assert window.backup_timer.isActive() and window.backup_timer.interval() == AUTO_BACKUP_MS == 1_800_000
    window.automatic_backup()  # the timer's slot, called as the timer would
    settle(qtbot, window)
    assert reasons(path) == []  # opening is no reason for a backup
    record_event(window.records, "Karura planting day")
    window.automatic_backup()
    settle(qtbot, window)
    assert reasons(path) == ["automatic"]
    window.automatic_backup()
    settle(qtbot, window)
    assert reasons(path) == ["automatic"]  # nothing new since


def test_closing_the_window_after_a_change_makes_an_at_exit_backup(qtbot: Any, database: Database, path: Path,
                                                                   tmp_path: Path) -> None:
    window = open_window(qtbot, database, tmp_path)
    record_event(window.records, "Karura planting day")
    window.close()
    assert reasons(path) == ["at-exit"]
    [made] = list_backups(path.parent / "backups")
    assert made.events == 1


def test_closing_without_a_change_makes_no_backup(qtbot: Any, database: Database, path: Path,
                                                  tmp_path: Path) -> None:
    window = open_window(qtbot, database, tmp_path)
    window.close()
    assert reasons(path) == []


def damage(path: Path, where: str) -> None:
    """Damage the closed database file: pages the first screen reads, or only an index it never reads."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        [(page_size,)] = connection.execute("PRAGMA page_size").fetchall()
        [(page,)] = connection.execute("SELECT min(pageno) FROM dbstat WHERE name = 'ix_activities_deleted'")
    connection.close()
    data = bytearray(path.read_bytes())
    if where == "first screen":
        for offset in range(len(data) - page_size * 3, len(data) - page_size, 5):  # leaf pages of several tables
            data[offset] = 0xA5
    else:
        data[(page - 1) * page_size] = 0xA5  # not a b-tree page type any more: only the quick check reads it
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("where", ["unread index", "first screen"])
def test_damage_found_after_start_is_set_aside_and_the_backup_offered_restores_it(
        qtbot: Any, path: Path, tmp_path: Path, answers: list[tuple[str, str]], where: str) -> None:
    made = open_for_command(path, writer=True)
    fill_demo_data(Records(made), events=60, seed=3)
    made.backup("manual")
    made.close()
    damage(path, where)
    damaged = path.read_bytes()
    database = open_for_command(path, writer=True, quick_check=False)  # as the window opens it
    try:
        # Either the quick check after the first screen finds it, or the first screen reads damaged pages and
        # SQLite's "malformed" sends the window to the quick check at once.
        window = open_window(qtbot, database, tmp_path, loaded=where == "unread index")
        qtbot.waitUntil(lambda: window.damage_dialog is not None, timeout=15_000)
        assert not [text for _title, text in answers if "malformed" in text]  # no SQLite jargon in a box
        dialog = window.damage_dialog
        assert dialog is not None and dialog.restore_button is not None
        [moved] = moved_aside_files(path)
        assert moved.read_bytes() == damaged and not path.exists()  # kept, never written to
        assert moved.name in dialog.findChild(type(dialog.advice), "damaged_kept").text()
        assert "60 events" in dialog.restore_button.text() and "60 events" in dialog.advice.text()
        assert not window.restore_action.isEnabled() and not window.pages.isEnabled()
        window.refresh()  # a late read must fail, not make a new, empty file where the damaged one was
        settle(qtbot, window)
        assert not path.exists()

        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        successor = successor_of(qtbot, window)
        assert successor.events_model.total == 60
        assert answers[-1][0] == "Backup restored" and "60 events" in answers[-1][1]
        assert moved.read_bytes() == damaged and lock.open_here(path) == 1
    finally:
        database.close()


def test_open_database_on_a_file_another_fieldlog_has_open_says_so_and_keeps_this_window(
        qtbot: Any, database: Database, tmp_path: Path, answers: list[tuple[str, str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "elsewhere" / "kenya.db"
    open_for_command(other, writer=True).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\nfrom fieldlog.services.safety import open_for_command\n"
         "database = open_for_command(sys.argv[1], writer=True)\nprint('ready', flush=True)\ntime.sleep(60)",
         str(other)], cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "ready\n"
        window = open_window(qtbot, database, tmp_path)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(other), ""))
        window.open_action.trigger()
        qtbot.waitUntil(lambda: bool(answers), timeout=10_000)
        title, text = answers[0]
        assert title == "fieldlog is already open"
        assert text == f"fieldlog is already open on {other} (process {holder.pid}); close it first."
        assert window.isVisible() and window.successor is None and lock.open_here(other) == 0
        record_event(window.records, "Karura planting day")  # this window carries on
        window.refresh()
        settle(qtbot, window)
        assert window.events_model.total == 1
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()


def test_open_database_moves_the_lock_to_the_new_file(qtbot: Any, path: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "elsewhere" / "kenya.db"
    open_for_command(other, writer=True).close()
    database = open_for_command(path, writer=True, quick_check=False)
    window = open_window(qtbot, database, tmp_path)
    window.owns_database = True  # as run_window's window does
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(other), ""))
    window.open_action.trigger()
    successor = successor_of(qtbot, window)
    assert successor.database.path == other
    assert lock.open_here(path) == 0 and lock.open_here(other) == 1  # the old file is free for others


def test_the_start_lock_is_carried_on_by_the_windows_database(path: Path) -> None:
    open_for_command(path, writer=True).close()
    start = hold_for_window(path)  # what app.py takes before the window
    database = open_first(str(path), start)
    assert start.released and lock.open_here(path) == 1
    database.close()
    assert lock.open_here(path) == 0


def test_a_file_damaged_at_start_is_set_aside_despite_the_start_lock(path: Path) -> None:
    made = open_for_command(path, writer=True)
    good = made.backup("manual")
    made.close()
    data = bytearray(path.read_bytes())
    data[100:108] = b"\xa5" * 8  # the schema page's header: even opening without the quick check sees it
    path.write_bytes(bytes(data))
    start = hold_for_window(path)
    with pytest.raises(DatabaseMovedAside) as moved:
        open_first(str(path), start)
    assert moved.value.backup == good and moved.value.moved_to.exists() and not path.exists()
    assert lock.open_here(path) == 0

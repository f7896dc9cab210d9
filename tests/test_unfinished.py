"""The note of an import or merge in progress (fault catalogue row 2): present while its transaction runs,
gone when it ends either way, and said once at the next start when the process was killed during it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from fieldlog.db.store import Database
from fieldlog.db.unfinished import note_path, take_unfinished, unfinished
from fieldlog.services.importing import apply_import, preview_import
from tests.test_importing import _planting_csv


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_the_note_lives_exactly_as_long_as_the_write(tmp_path: Path) -> None:
    db = tmp_path / "fieldlog.db"
    with unfinished(db, "the import of a.xlsx"):
        assert "the import of a.xlsx" in note_path(db).read_text()
    assert not note_path(db).exists()
    with pytest.raises(RuntimeError), unfinished(db, "the merge of b.fieldlog"):
        raise RuntimeError("the transaction rolled back")
    assert not note_path(db).exists() and take_unfinished(db) is None


def test_a_note_left_by_a_killed_process_is_said_once(tmp_path: Path) -> None:
    db = tmp_path / "fieldlog.db"
    note_path(db).write_text(f'{{"what": "the import of planting.xlsx", "pid": {_dead_pid()}, '
                             '"started": "2026-11-30T09:15:00"}')
    assert take_unfinished(db, remove=False) is not None  # a reader says it and leaves it
    said = take_unfinished(db)
    assert said is not None and said.startswith("The import of planting.xlsx (started 2026-11-30 09:15:00 UTC) "
                                                "did not finish")
    assert "Nothing from it was saved" in said
    assert take_unfinished(db) is None and not note_path(db).exists()


def test_a_note_of_a_running_import_is_not_said(tmp_path: Path) -> None:
    db = tmp_path / "fieldlog.db"
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        note_path(db).write_text(f'{{"what": "the import of a.csv", "pid": {running.pid}, "started": ""}}')
        assert take_unfinished(db) is None and note_path(db).exists()
    finally:
        running.kill()
        running.wait()


def test_a_damaged_note_is_still_said(tmp_path: Path) -> None:
    db = tmp_path / "fieldlog.db"
    note_path(db).write_text("{not json")
    said = take_unfinished(db)
    assert said is not None and said.startswith("An import or merge did not finish")


@pytest.mark.sqlite_only("the unfinished-work note is a file beside the SQLite file")
def test_an_import_keeps_the_note_while_it_writes(database: Database, db_path: Path, tmp_path: Path) -> None:
    path = _planting_csv(tmp_path / "planting.csv", [("Croton megalocarpus", str(n)) for n in range(1, 30)])
    preview = preview_import(database, path)
    seen: list[str] = []

    def progress(done: int, total: int) -> None:
        seen.append(note_path(db_path).read_text())

    apply_import(database, preview, progress=progress)
    assert seen and all("the import of planting.csv" in text for text in seen)
    assert not note_path(db_path).exists()

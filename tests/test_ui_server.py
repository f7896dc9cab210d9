"""File > Open a server database: the window opens a PostgreSQL database from its URL, never shows or
remembers the password, and stays on its own database when the server refuses."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy.engine import make_url

from fieldlog.services.database import Database, open_store
from fieldlog.services.records import Records
from fieldlog.ui.main_window import LAST_SERVER_KEY
from tests.conftest import POSTGRESQL_VARIABLE
from tests.test_ui_main import open_window

PASSWORD = "s3cret-Pa55"


@pytest.fixture
def local(tmp_path: Path) -> Iterator[Database]:
    """The organizer's own database file, which the window starts on."""
    database = open_store(tmp_path / "fieldlog.db")
    yield database
    database.close()


def type_url(monkeypatch: pytest.MonkeyPatch, url: str) -> list[str]:
    """Answer the URL question with `url`, then cancel it; returns what the question offered to start from."""
    offered: list[str] = []

    def answer(_parent: Any, _title: str, _label: str, _echo: Any, text: str) -> tuple[str, bool]:
        offered.append(text)
        return (url, True) if len(offered) == 1 else ("", False)

    monkeypatch.setattr(QInputDialog, "getText", answer)
    return offered


def test_a_server_that_refuses_leaves_the_window_on_its_own_database(
        qtbot: Any, local: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[test]')")
    window = open_window(qtbot, local, tmp_path)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    type_url(monkeypatch, f"postgresql+psycopg://coordinator:{PASSWORD}@/fieldlog?host=/tmp/no-fieldlog-server")
    window.open_server_action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert "no server is listening" in warnings[0] and "coordinator" in warnings[0]
    assert PASSWORD not in warnings[0] and "Traceback" not in warnings[0]
    assert window.isVisible() and window.successor is None and window.database is local
    remembered = str(window.settings.value(LAST_SERVER_KEY))
    assert PASSWORD not in remembered and make_url(remembered).username == "coordinator"
    Records(local).list_sites()  # still usable


def test_a_url_that_cannot_be_read_is_refused_at_once(qtbot: Any, local: Database, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, local, tmp_path)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    type_url(monkeypatch, f"postgresql+psycopg://coordinator:{PASSWORD}@db.example.org:port/fieldlog")
    window.open_server_action.trigger()
    assert warnings and "cannot be read" in warnings[0] and PASSWORD not in warnings[0]
    assert window.settings.value(LAST_SERVER_KEY) is None and window.successor is None


def test_the_window_opens_a_server_database_without_showing_its_password(
        qtbot: Any, local: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        request: pytest.FixtureRequest) -> None:
    if not os.environ.get(POSTGRESQL_VARIABLE, "").strip():
        pytest.skip(f"no PostgreSQL server: {POSTGRESQL_VARIABLE} is not set (`make test` starts one)")
    postgresql_url = str(request.getfixturevalue("postgresql_url"))
    # The throw-away test server trusts local users, so it ignores the password: it must still not show.
    with_password = make_url(postgresql_url).set(password=PASSWORD).render_as_string(hide_password=False)
    window = open_window(qtbot, local, tmp_path)
    offered = type_url(monkeypatch, with_password)
    window.open_server_action.trigger()
    qtbot.waitUntil(lambda: window.successor is not None and window.successor.is_loaded, timeout=30_000)
    successor = window.successor
    assert successor is not None
    qtbot.addWidget(successor)
    assert successor.database.path is None and not window.isVisible()
    assert make_url(postgresql_url).database in successor.windowTitle()
    assert PASSWORD not in successor.windowTitle()
    assert PASSWORD not in successor.statusBar().currentMessage()
    remembered = str(successor.settings.value(LAST_SERVER_KEY))
    assert PASSWORD not in remembered and make_url(remembered).database == make_url(postgresql_url).database
    successor.open_server_action.trigger()  # the next time the question starts from it
    assert offered[-1] == remembered
    assert successor.backup_action.isEnabled() and not successor.restore_action.isEnabled()
    successor.backup_action.trigger()  # pg_dump (or a package without it) into the user data folder
    qtbot.waitUntil(lambda: "Backed up to" in successor.statusBar().currentMessage(), timeout=60_000)
    made = Path(successor.statusBar().currentMessage().removeprefix("Backed up to ").rstrip("."))
    assert made.is_file() and made.stat().st_size > 0 and PASSWORD not in str(made)
    successor.close()  # before the test's database is dropped under it (closing waits for its work)

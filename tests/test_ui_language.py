"""Settings > Language: the user picks the window's language (or the system's) and it is remembered for the
next start. The window is not re-translated on the spot, so these tests leave QLocale and the installed
translators alone (no install_language here)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from fieldlog.services.database import Database, open_store
from fieldlog.ui.language import LANGUAGE_KEY, LANGUAGES, chosen_language
from fieldlog.ui.main_window import MainWindow
from tests.test_ui_main import open_window


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Database]:
    """A fresh database file."""
    database = open_store(tmp_path / "fieldlog.db")
    yield database
    database.close()


def settings_file(tmp_path: Path) -> QSettings:
    """The settings open_window gives the window (a temporary ini file)."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def language_actions(window: MainWindow) -> dict[str, QAction]:
    """The Language menu's choices by code ("" for the system's), as the user sees them in Settings."""
    settings_menu = window.findChild(QMenu, "settings_menu")
    language_menu = window.findChild(QMenu, "language_menu")
    assert settings_menu is not None and language_menu is not None
    assert language_menu.menuAction() in settings_menu.actions()  # Settings > Language
    actions = {action.objectName(): action for action in language_menu.actions()}
    return {"": actions["language_system"], **{code: actions[f"language_{code}"] for code in LANGUAGES}}


def checked(window: MainWindow) -> list[str]:
    """The codes of the checked Language choices."""
    return [code for code, action in language_actions(window).items() if action.isChecked()]


def test_choosing_espanol_is_remembered_for_the_next_start(qtbot: Any, store: Database, tmp_path: Path) -> None:
    locale = QLocale().name()
    window = open_window(qtbot, store, tmp_path)
    actions = language_actions(window)
    assert [action.text() for action in actions.values()] == ["System language", "English", "Español", "Français",
                                                              "Português"]  # each language in its own words
    assert checked(window) == [""]  # nothing chosen yet: the system's language
    actions["es"].trigger()
    assert checked(window) == ["es"]  # one language at a time
    assert settings_file(tmp_path).value(LANGUAGE_KEY) == "es"  # on disk, for the next start
    assert "Español" in window.statusBar().currentMessage()
    assert "next time" in window.statusBar().currentMessage()
    # Nothing changes until then: this window keeps its language and its number format.
    assert window.views.tabText(0) == "&Events" and QLocale().name() == locale


def test_the_chosen_language_is_checked_when_a_window_opens(qtbot: Any, store: Database, tmp_path: Path) -> None:
    settings = settings_file(tmp_path)
    settings.setValue(LANGUAGE_KEY, "pt")
    settings.sync()
    window = open_window(qtbot, store, tmp_path)
    assert checked(window) == ["pt"]


def test_system_language_forgets_the_chosen_one(qtbot: Any, store: Database, tmp_path: Path) -> None:
    settings = settings_file(tmp_path)
    settings.setValue(LANGUAGE_KEY, "fr")
    settings.sync()
    window = open_window(qtbot, store, tmp_path)
    assert checked(window) == ["fr"]
    language_actions(window)[""].trigger()
    assert checked(window) == [""]
    reread = settings_file(tmp_path)
    assert reread.value(LANGUAGE_KEY) == "" and chosen_language(reread) == ""
    assert "system" in window.statusBar().currentMessage()

"""Composition root: where the database lives, then either the command line or the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from fieldlog import APP_NAME, cli


def default_database_path() -> Path:
    """fieldlog.db in the platform's user data folder."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "fieldlog.db"


def database_location(cli_value: str | None) -> str:
    """`--db`, else $FIELDLOG_DB, else the default file."""
    return cli_value or os.environ.get("FIELDLOG_DB") or str(default_database_path())


def _log_crash() -> Path | None:
    import traceback

    from platformdirs import user_log_path

    try:
        folder = user_log_path(APP_NAME, appauthor=False)
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "crash.log"
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(traceback.format_exc() + "\n")
        return log
    except OSError:
        return None


def _window(location: str) -> int:
    """The window, holding the database's writer lock for the whole session (one writer at a time).

    The lock is taken before Qt starts, so a second start says so at once; the window's database then
    carries it on (a restore or Open database… gives it back when that database closes).
    """
    from fieldlog.domain.errors import DatabaseInUse
    from fieldlog.services.safety import database_file, hold_for_window

    path = database_file(location)
    try:
        hold = hold_for_window(path) if path is not None else None
    except DatabaseInUse as error:
        return _refuse(str(error))
    try:
        from fieldlog.ui.main_window import run_window

        return run_window(location, hold)
    finally:
        if hold is not None:
            hold.release()


def _refuse(message: str) -> int:
    """Say why the window cannot open, where a double-clicking volunteer sees it."""
    print(f"fieldlog: {message}", file=sys.stderr)
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    QMessageBox.critical(None, "fieldlog is already open", message)
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `fieldlog` and `python main.py`."""
    args = cli.build_parser().parse_args(argv)
    location = database_location(args.db)
    try:
        if args.command is None:
            return _window(location)
        if args.command == "export" and args.export_format == "dashboard":
            # The dashboard is drawn by the UI's painter, offscreen; only this command loads Qt.
            from fieldlog.ui.dashboard import install_renderer

            install_renderer()
        return cli.run(args, location)
    except Exception as error:  # the last line of defence: a message, never a traceback
        log = _log_crash()
        where = f" Details are in {log}." if log else ""
        print(f"fieldlog: something went wrong that fieldlog did not expect ({error}).{where}", file=sys.stderr)
        return 3

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


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `fieldlog` and `python main.py`."""
    args = cli.build_parser().parse_args(argv)
    location = database_location(args.db)
    try:
        if args.command is None:
            from fieldlog.ui.main_window import run_window

            return run_window(location)
        return cli.run(args, location)
    except Exception as error:  # the last line of defence: a message, never a traceback
        log = _log_crash()
        where = f" Details are in {log}." if log else ""
        print(f"fieldlog: something went wrong that fieldlog did not expect ({error}).{where}", file=sys.stderr)
        return 3

"""Save a PNG of the main window on a database: `python docs/tools/screenshot.py DB OUT.png [WxH]`.

Run it under a display (e.g. `xvfb-run -s "-screen 0 1280x800x24"`); it waits until the window has loaded,
then two more seconds, grabs the window and quits. Settings go to a temporary file, not the user's.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from fieldlog.services.database import open_store
from fieldlog.ui.main_window import MainWindow


def main(argv: list[str]) -> int:
    """Open the window on argv[0], save its picture to argv[1] at size argv[2] (default 1100x700)."""
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    database_path, out = argv[0], Path(argv[1])
    width, height = map(int, (argv[2] if len(argv) == 3 else "1100x700").split("x"))
    app = QApplication([sys.argv[0]])
    database = open_store(database_path)
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(database, QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        window.resize(width, height)

        def grab() -> None:
            out.parent.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(out))
            print(f"saved {out}")
            window.close()

        window.loaded.connect(lambda: QTimer.singleShot(2000, grab))
        window.show()
        status = app.exec()
    database.close()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

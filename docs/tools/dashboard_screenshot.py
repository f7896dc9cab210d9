"""Save a PNG of the main window's dashboard tab: `python docs/tools/dashboard_screenshot.py DB OUT.png [WxH]`.

Run it under a display (e.g. `xvfb-run -s "-screen 0 1440x1200x24"`); it opens the window on DB, switches to
the Dashboard tab, waits until every figure is drawn, clicks the busiest site on the map (so the list of its
events shows), then grabs the window and quits. With `--click CHART` it clicks the top bar of that chart
instead (planted, removed, litter, kinds, countries) and grabs the events list it narrows to. Settings go to
a temporary file, not the user's.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from fieldlog.services.database import open_store
from fieldlog.ui.main_window import MainWindow


def main() -> int:
    """Open, wait, grab."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("size", nargs="?", default="1440x1180")
    parser.add_argument("--click", choices=("planted", "removed", "litter", "kinds", "countries"))
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.split("x"))
    app = QApplication(sys.argv[:1])
    database = open_store(args.db)
    folder = tempfile.TemporaryDirectory()
    window = MainWindow(database, settings=QSettings(str(Path(folder.name) / "s.ini"), QSettings.Format.IniFormat))
    window.resize(width, height)
    window.show()

    def grab() -> None:
        window.grab().save(str(args.out), "PNG")  # type: ignore[call-overload]
        print(f"saved {args.out}")
        app.quit()

    def choose_site() -> None:
        view = window.dashboard
        if view.data.sites:
            centre = view.map.site_centre(view.data.sites[0].site_id)
            if centre is not None:
                view.map.click(centre)
        QTimer.singleShot(1500, grab)

    def click_bar() -> None:
        view = window.dashboard
        bars = getattr(view.data, args.click)
        window.events_model.reloaded.connect(lambda: QTimer.singleShot(1500, grab))
        view._bar_clicked(args.click, bars[0].key)

    def dashboard_loaded() -> None:
        QTimer.singleShot(800, click_bar if args.click else choose_site)

    window.dashboard.loaded.connect(dashboard_loaded)
    window.loaded.connect(lambda: window.views.setCurrentWidget(window.dashboard))
    QTimer.singleShot(60_000, app.quit)
    status = app.exec()
    window.close()
    database.close()
    return status


if __name__ == "__main__":
    raise SystemExit(main())

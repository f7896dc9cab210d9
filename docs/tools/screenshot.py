"""Save a PNG of the main window on a database: `python docs/tools/screenshot.py DB OUT.png [WxH]`.

Run it under a display (e.g. `xvfb-run -s "-screen 0 1280x800x24"`); it waits until the window has loaded,
then two more seconds, grabs the window and quits. Settings go to a temporary file, not the user's.

`--photos` shows the newest event with photos in its strips: when the database holds no photos yet, a
few sample pictures (drawn with Pillow, with an EXIF date and position) are attached to the newest event
and to its first activity first. `--viewer VIEWER.png` then also opens the photo viewer on the
activity's photos and saves its picture.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import sys
import tempfile
import uuid
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from fieldlog.domain.kinds import ActivityKind
from fieldlog.domain.photos import PhotoTag
from fieldlog.services import photos
from fieldlog.services.database import Database, open_store
from fieldlog.services.records import Records
from fieldlog.ui.language import install_language
from fieldlog.ui.main_window import MainWindow
from fieldlog.ui.photos import PhotoStrip


def _exif(taken: dt.datetime, latitude: float, longitude: float, orientation: int = 1) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif.get_ifd(0x8769)[0x9003] = taken.strftime("%Y:%m:%d %H:%M:%S")

    def dms(value: float) -> tuple[float, float, float]:
        value = abs(value)
        degrees, minutes = int(value), int(value * 60) % 60
        return float(degrees), float(minutes), round((value * 3600) % 60, 2)

    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = ("N" if latitude >= 0 else "S"), dms(latitude)
    gps[3], gps[4] = ("E" if longitude >= 0 else "W"), dms(longitude)
    return exif.tobytes()


def scene(seed: int, planted: int, size: tuple[int, int] = (1600, 1200)) -> Image.Image:
    """A hillside under a sky: bare soil with `planted` saplings (before: few; after: many, greener)."""
    rng = random.Random(seed)
    width, height = size
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    horizon = int(height * rng.uniform(0.38, 0.48))
    for y in range(horizon):  # sky: deeper blue at the top
        t = y / horizon
        draw.line([(0, y), (width, y)], fill=(int(90 + 100 * t), int(150 + 70 * t), int(215 + 30 * t)))
    hills = [(x, horizon - int(60 * abs(((x / width) * 3 + seed) % 2 - 1)) - rng.randint(0, 8))
             for x in range(0, width + 40, 40)]
    draw.polygon([(0, height), *hills, (width, height)], fill=(92, 120, 70))
    green = min(1.0, planted / 40)
    for y in range(horizon, height, 3):  # the slope: soil, greener where more was planted
        t = (y - horizon) / (height - horizon)
        soil = (int(140 - 40 * t - 50 * green), int(110 - 20 * t + 30 * green), int(70 - 20 * t))
        draw.line([(0, y), (width, y)], fill=soil, width=3)
    for _ in range(planted):
        x = rng.randint(20, width - 20)
        y = rng.randint(horizon + 40, height - 30)
        scale = 0.4 + 0.9 * (y - horizon) / (height - horizon)
        trunk = int(26 * scale)
        draw.line([(x, y), (x, y - trunk)], fill=(90, 60, 30), width=max(2, int(5 * scale)))
        radius = int(rng.uniform(14, 26) * scale)
        draw.ellipse([x - radius, y - trunk - 2 * radius, x + radius, y - trunk],
                     fill=(rng.randint(30, 70), rng.randint(110, 160), rng.randint(40, 70)))
    for _ in range(5):  # a few clouds
        cx, cy = rng.randint(0, width), rng.randint(20, horizon // 2)
        for _ in range(6):
            r = rng.randint(30, 70)
            dx, dy = rng.randint(-90, 90), rng.randint(-20, 20)
            draw.ellipse([cx + dx - r, cy + dy - r // 2, cx + dx + r, cy + dy + r // 2], fill=(245, 247, 250))
    noise = Image.effect_noise(size, 14).convert("RGB")
    return Image.blend(image.filter(ImageFilter.GaussianBlur(1.2)), noise, 0.06)


def sample_photos(folder: Path, latitude: float, longitude: float, day: dt.date) -> list[tuple[Path, PhotoTag, str]]:
    """Seven sample JPEGs of a planting: two before, four after, one of the team; one is a portrait shot."""
    folder.mkdir(parents=True, exist_ok=True)
    start = dt.datetime.combine(day, dt.time(9, 5))
    plan = [(3, PhotoTag.BEFORE, "The slope before we started", 1), (2, PhotoTag.BEFORE, "", 1),
            (14, PhotoTag.AFTER, "First row of saplings", 1), (28, PhotoTag.AFTER, "", 1),
            (40, PhotoTag.AFTER, "Saplings, mulched and staked", 6), (46, PhotoTag.AFTER, "The whole slope at noon", 1),
            (22, PhotoTag.OTHER, "", 1)]
    made = []
    for number, (planted, tag, caption, orientation) in enumerate(plan, start=1):
        picture = scene(number, planted)
        if orientation == 6:  # stored sideways, as a phone held upright writes it; EXIF turns it back
            picture = picture.crop((200, 0, 1100, 1200)).rotate(90, expand=True)
        out = io.BytesIO()
        picture.save(out, "JPEG", quality=88, exif=_exif(start + dt.timedelta(minutes=17 * number),
                                                         latitude + number * 1e-5, longitude, orientation))
        path = folder / f"IMG_{2040 + number}.JPG"
        path.write_bytes(out.getvalue())
        made.append((path, tag, caption))
    return made


def add_sample_photos(database: Database) -> None:
    """Attach the sample photos to the newest event that has a planting: two to the event, the rest to
    the planting."""
    records = Records(database)
    for event in records.list_events(limit=50):
        plantings = [a for a in records.list_activities(event.id) if a.kind is ActivityKind.PLANTING]
        if plantings:
            break
    else:
        raise SystemExit("the database has no event with a planting: fill it with `fieldlog demo-data` first")
    site = records.get_site(event.site_id)
    with tempfile.TemporaryDirectory() as folder:
        made = sample_photos(Path(folder), site.latitude or -1.2367, site.longitude or 36.835, event.start.date())
        for number, (path, tag, caption) in enumerate(made):
            owner = event.id if number in (0, 5) else plantings[0].id
            photos.attach_photo(database, owner, path, tag=tag, caption=caption or None)


def newest_event_with_photos(database: Database) -> tuple[uuid.UUID, uuid.UUID | None] | None:
    """(event id, activity id or None) of the newest event that has photos."""
    records = Records(database)
    for line in records.list_events(limit=50):
        activity_ids = [a.id for a in records.list_activities(line.id)]
        with_photos = [a for a in activity_ids if photos.list_photos(database, a)]
        if with_photos or photos.list_photos(database, line.id):
            return line.id, (with_photos[0] if with_photos else None)
    return None


def main(argv: list[str]) -> int:
    """Open the window on the database, save its picture (and the photo viewer's) and quit."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database")
    parser.add_argument("out", type=Path)
    parser.add_argument("size", nargs="?", default="1100x700")
    parser.add_argument("--photos", action="store_true", help="show an event with photos")
    parser.add_argument("--viewer", type=Path, help="also save the photo viewer's picture here")
    parser.add_argument("--lang", default="en", help="the window's language (en, es, fr, pt)")
    args = parser.parse_args(argv)
    width, height = map(int, args.size.split("x"))
    app = QApplication([sys.argv[0]])
    install_language(args.lang)
    database = open_store(args.database)
    chosen = None
    if args.photos:
        chosen = newest_event_with_photos(database)
        if chosen is None:
            add_sample_photos(database)
            chosen = newest_event_with_photos(database)
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(database, QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        window.resize(width, height)

        def ready(strips: list[PhotoStrip]) -> bool:
            return all(not strip.loading for strip in strips)

        def grab_viewer() -> None:
            viewer = window.photo_viewer
            assert viewer is not None and args.viewer is not None
            if viewer.picture.image is None:
                QTimer.singleShot(200, grab_viewer)
                return
            args.viewer.parent.mkdir(parents=True, exist_ok=True)
            viewer.grab().save(str(args.viewer))
            print(f"saved {args.viewer}")
            viewer.accept()
            window.close()

        def grab() -> None:
            if args.photos and not ready([window.event_photos, window.activity_photos]):
                QTimer.singleShot(200, grab)
                return
            args.out.parent.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(args.out))
            print(f"saved {args.out}")
            if args.viewer is not None:
                strip = window.activity_photos if window.activity_photos.photos else window.event_photos
                viewer = window.open_photo_viewer(strip, min(3, len(strip.photos) - 1))  # the portrait one
                if viewer is not None:
                    viewer.resize(1000, 720)
                    QTimer.singleShot(1500, grab_viewer)
                    return
            window.close()

        def choose() -> None:
            if chosen is not None:
                event_id, activity_id = chosen
                row = window.events_model.row_of(event_id)
                if row is not None:
                    window.table.selectRow(row)
                if activity_id is not None:
                    def pick_activity() -> None:
                        model = window.activities_model
                        found = [n for n, a in enumerate(model.activities) if a.id == activity_id]
                        if not found:
                            QTimer.singleShot(100, pick_activity)
                            return
                        window.activities_table.selectRow(found[0])
                    pick_activity()
            QTimer.singleShot(2000, grab)

        window.loaded.connect(choose)
        window.show()
        status = app.exec()
    database.close()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

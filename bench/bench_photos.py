"""Photos: thumbnails of 200 photos of 12 megapixels through fieldlog's path, against bare Pillow
`draft` + `thumbnail` on the same files in the same run; on one thread and on the window's file pool of
two; then the window itself (offscreen): attaching the 200 photos and showing their strip, with the
longest stall of its UI thread.

Usage: python bench/bench_photos.py [RUNS] [--no-window | --window-only]
(makes bench/out/photos-12mp/ once: 200 JPEGs of 4000 x 3000 with camera EXIF and noisy content, so
they are the size a camera's are)
"""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from _common import OUT

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the QApplication is made

from PIL import Image, ImageChops, ImageDraw

from fieldlog.domain.photos import Photo
from fieldlog.domain.records import Event, Site
from fieldlog.io.photos import make_thumbnail
from fieldlog.services import photos
from fieldlog.services.database import Database, open_store
from fieldlog.services.records import Records
from fieldlog.ui.tasks import FILE_THREADS

PHOTOS = 200
SIZE = (4000, 3000)
FOLDER = OUT / "photos-12mp"
THUMB = 256


# -- the photos -------------------------------------------------------------------------------------------


def _base(number: int) -> Image.Image:
    """A landscape-like picture: sky gradient, ground, shapes; smooth, as a scene is before noise."""
    width, height = SIZE
    small = Image.new("RGB", (width // 8, height // 8))
    draw = ImageDraw.Draw(small)
    horizon = small.height * (35 + number * 3) // 100
    for y in range(small.height):
        t = y / small.height
        colour = (int(80 + 120 * t), int(140 + 60 * t), int(220 - 20 * t)) if y < horizon else \
            (int(110 - 40 * t + number * 4), int(120 + 30 * t), int(60 + 10 * t))
        draw.line([(0, y), (small.width, y)], fill=colour)
    for n in range(60):
        x, y = (n * 97 + number * 31) % small.width, horizon + (n * 53) % (small.height - horizon)
        r = 4 + n % 9
        draw.ellipse([x - r, y - 2 * r, x + r, y], fill=(30 + n % 40, 100 + n % 60, 40))
    return small.resize(SIZE, Image.Resampling.BICUBIC)


def _exif(number: int) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = 1
    exif[0x010F], exif[0x0110] = "BenchCam", "BC-12"
    exif.get_ifd(0x8769)[0x9003] = (dt.datetime(2026, 5, 31, 9) + dt.timedelta(seconds=37 * number)
                                    ).strftime("%Y:%m:%d %H:%M:%S")
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "S", (1.0, 14.0, 12.0 + number / 100), "E", (36.0, 50.0, 6.0)
    return exif.tobytes()


def make_photos() -> list[Path]:
    """The 200 photos, made once (each different, so the content-addressed store keeps 200 files)."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    paths = [FOLDER / f"IMG_{number:04d}.JPG" for number in range(PHOTOS)]
    missing = [p for p in paths if not p.is_file()]
    if missing:
        print(f"making {len(missing)} photos of {SIZE[0]} x {SIZE[1]} in {FOLDER} (once)…", flush=True)
        bases = [_base(n) for n in range(4)]
        for path in missing:
            number = int(path.stem.split("_")[1])
            noise = Image.effect_noise(SIZE, 22).convert("RGB")
            picture = ImageChops.add(bases[number % 4], noise, scale=1.0, offset=-128)
            out = io.BytesIO()
            picture.save(out, "JPEG", quality=90, exif=_exif(number))
            path.write_bytes(out.getvalue())
    return paths


# -- measuring --------------------------------------------------------------------------------------------


def bare_pillow(path: Path) -> Image.Image:
    """The baseline: Pillow's own draft mode and thumbnail, nothing else."""
    with Image.open(path) as image:
        image.draft("RGB", (THUMB, THUMB))
        image.thumbnail((THUMB, THUMB))
        return image


def run(work: Callable[[Path], object], paths: list[Path], threads: int) -> float:
    start = time.perf_counter()
    if threads == 1:
        for path in paths:
            work(path)
    else:
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(work, paths))
    return time.perf_counter() - start


def line(name: str, seconds: list[float], count: int, baseline: list[float] | None = None) -> None:
    median = statistics.median(seconds)
    text = f"{name}: {count / median:.1f} thumbnails/s (median {median:.2f} s for {count} over {len(seconds)} runs)"
    if baseline:
        base = statistics.median(baseline)
        text += f"; bare Pillow {count / base:.1f} thumbnails/s; ratio {median / base:.2f}x"
    print(text, flush=True)


def bench_store(paths: list[Path]) -> tuple[Database, list[Photo]]:
    """Attach the photos once into a database (the attach rate is a figure too), for the cached path."""
    folder = Path(tempfile.mkdtemp(prefix="fieldlog-bench-photos-", dir=OUT))
    database = open_store(folder / "photos.db")
    records = Records(database)
    site = records.record_site(Site(name="Karura Forest", country_code="KE")).record
    event = records.record_event(Event(event_name="Photo day", site_id=site.id, participants=5,
                                       start=dt.datetime(2026, 5, 31, 9))).record
    start = time.perf_counter()
    attached = [photos.attach_photo(database, event.id, path).photo for path in paths]
    seconds = time.perf_counter() - start
    print(f"attach (services.attach_photo: check, thumbnail, copy, hash, fsync, row) of {len(paths)} photos: "
          f"{len(paths) / seconds:.1f} photos/s ({seconds:.1f} s, one run)", flush=True)
    return database, attached


def clear_cache(database: Database) -> None:
    shutil.rmtree(photos.photo_dir(database) / photos.THUMBS, ignore_errors=True)


def bench_thumbnails(paths: list[Path], runs: int) -> Database:
    sizes = [p.stat().st_size for p in paths]
    print(f"{len(paths)} photos of {SIZE[0]} x {SIZE[1]}, {statistics.mean(sizes) / 1e6:.1f} MB on average "
          f"({sum(sizes) / 1e6:.0f} MB)", flush=True)
    for path in paths[:3]:  # warm the page cache: every contender reads from memory
        path.read_bytes()
    database, attached = bench_store(paths)
    stored = [photos.photo_path(database, photo) for photo in attached]

    by_path = dict(zip(stored, attached, strict=True))

    def window_path(path: Path) -> object:
        return photos.thumbnail(database, by_path[path])

    figures: dict[str, list[float]] = {key: [] for key in
                                       ("io1", "bare1", "svc1", "svc2", "bare2")}
    for _ in range(runs):  # interleaved, so a change of load hits every contender alike
        figures["bare1"].append(run(bare_pillow, stored, 1))
        figures["io1"].append(run(lambda p: make_thumbnail(p, THUMB), stored, 1))
        clear_cache(database)
        figures["svc1"].append(run(window_path, stored, 1))
        figures["bare2"].append(run(bare_pillow, stored, FILE_THREADS))
        clear_cache(database)
        figures["svc2"].append(run(window_path, stored, FILE_THREADS))
    line("io.photos.make_thumbnail, 1 thread", figures["io1"], len(stored), figures["bare1"])
    line("services.photos.thumbnail (the window's path: made and cached), 1 thread", figures["svc1"], len(stored),
         figures["bare1"])
    line(f"services.photos.thumbnail on {FILE_THREADS} threads (the window's file pool)", figures["svc2"],
         len(stored), figures["bare2"])
    line("bare Pillow draft + thumbnail, 1 thread", figures["bare1"], len(stored))
    line(f"bare Pillow draft + thumbnail, {FILE_THREADS} threads", figures["bare2"], len(stored))
    return database


# -- the window -------------------------------------------------------------------------------------------


def bench_window(paths: list[Path], shown: Database) -> None:
    """Attach the 200 photos through the window; then open a record whose 200 thumbnails are not cached.
    Both report the longest gap between two ticks of a 10 ms timer on the UI thread."""
    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from fieldlog.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    QMessageBox.question = staticmethod(lambda *_args: QMessageBox.StandardButton.No)  # type: ignore[method-assign]
    gaps: list[float] = []
    clock = QElapsedTimer()
    ticker = QTimer(interval=10)

    def tick() -> None:
        gaps.append(clock.restart())

    ticker.timeout.connect(tick)

    def wait_until(done: Callable[[], bool], limit: float = 600) -> float:
        start = time.perf_counter()
        while not done():
            app.processEvents()
            time.sleep(0.002)
            if time.perf_counter() - start > limit:
                raise TimeoutError
        return time.perf_counter() - start

    def window_on(database: Database, folder: str) -> MainWindow:
        window = MainWindow(database, settings=QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        window.resize(1280, 760)
        window.show()
        wait_until(lambda: window.is_loaded and window.event_photos.record_id is not None
                   and not window.event_photos.loading)
        return window

    with tempfile.TemporaryDirectory(dir=OUT) as folder:
        database = open_store(Path(folder) / "attach.db")
        records = Records(database)
        site = records.record_site(Site(name="Karura Forest", country_code="KE")).record
        records.record_event(Event(event_name="Photo day", site_id=site.id, participants=5,
                                   start=dt.datetime(2026, 5, 31, 9)))
        window = window_on(database, folder)
        gaps.clear()
        clock.start()
        ticker.start()
        window.attach_photo_files(paths)
        seconds = wait_until(lambda: window.attach_progress is None and len(window.event_photos.photos) == len(paths)
                             and not window.event_photos.loading)
        ticker.stop()
        print(f"window: attaching {len(paths)} photos (progress, thumbnails appearing one by one): {seconds:.1f} s, "
              f"{len(paths) / seconds:.1f} photos/s; UI thread's longest stall {max(gaps):.0f} ms, "
              f"median tick {statistics.median(gaps):.0f} ms", flush=True)
        window.close()
        database.close()

        window = window_on(shown, folder)
        strip = window.event_photos
        record_id = strip.record_id
        strip.show_record(None)
        clear_cache(shown)
        gaps.clear()
        clock.start()
        ticker.start()
        strip.show_record(record_id)
        seconds = wait_until(lambda: not strip.loading)
        ticker.stop()
        print(f"window: showing a record with {len(strip.photos)} photos, none cached: all thumbnails shown in "
              f"{seconds:.1f} s ({len(strip.photos) / seconds:.1f} thumbnails/s); UI thread's longest stall "
              f"{max(gaps):.0f} ms, median tick {statistics.median(gaps):.0f} ms", flush=True)
        window.close()


def main(argv: list[str]) -> int:
    runs = int(argv[0]) if argv and argv[0].isdigit() else 3
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f} on "
          f"{os.cpu_count()} cores; {dt.datetime.now():%Y-%m-%d %H:%M}", flush=True)
    paths = make_photos()
    if "--window-only" in argv:
        database, _attached = bench_store(paths)
    else:
        database = bench_thumbnails(paths, runs)
    if "--no-window" not in argv:
        bench_window(paths, database)
    folder = database.path.parent if database.path else None
    database.close()
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"load after: {os.getloadavg()[0]:.2f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

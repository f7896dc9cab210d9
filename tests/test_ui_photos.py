"""Photos in the window: real JPEGs made by Pillow, a real SQLite file, real widgets. Attach through the
window (the picker's method, and a drop), thumbnails appear in the strip, upright for orientation 6, the
viewer's next / previous, caption, tag and remove are saved, bad files give a plain message."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from fieldlog.domain.photos import PhotoTag
from fieldlog.domain.records import Event, Planting, Site
from fieldlog.services import photos
from fieldlog.services.database import Database, open_store
from fieldlog.services.records import Records
from fieldlog.ui.main_window import MainWindow
from fieldlog.ui.photos import PhotoStrip, PhotoViewer
from tests.test_photos import camera_jpeg, exif_payload, jpeg_bytes

TODAY = dt.date(2026, 11, 21)
WAIT = 15_000


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Database]:
    """A fresh database file."""
    database = open_store(tmp_path / "data" / "fieldlog.db")
    yield database
    database.close()


@pytest.fixture
def planted(store: Database) -> tuple[Event, Planting]:
    """One event with one planting that has no date or position of its own."""
    records = Records(store, today=lambda: TODAY)
    site = records.record_site(Site(name="Karura Forest", country_code="KE")).record
    event = records.record_event(Event(event_name="Karura planting day", site_id=site.id,
                                       start=dt.datetime(2026, 5, 31, 9), end=dt.datetime(2026, 5, 31, 12),
                                       participants=12)).record
    planting = records.record_activity(Planting(event_id=event.id, species="Prunus africana", plants=40)).record
    assert isinstance(planting, Planting)
    return event, planting


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Message boxes recorded instead of shown: (kind, title, text); questions are answered Yes."""
    shown: list[tuple[str, str, str]] = []

    def record(kind: str) -> Any:
        def box(_parent: Any, title: str, text: str, *_args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
            shown.append((kind, title, text))
            return QMessageBox.StandardButton.Yes
        return box

    for kind in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


def open_window(qtbot: Any, database: Database, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(database, settings=settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.is_loaded and window.current_event is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: window.event_photos.record_id is not None and not window.event_photos.loading,
                    timeout=WAIT)
    return window


def choose_activity(qtbot: Any, window: MainWindow, planting: Planting) -> PhotoStrip:
    qtbot.waitUntil(lambda: window.activities_model.rowCount() == 1, timeout=WAIT)
    window.activities_table.selectRow(0)
    qtbot.waitUntil(lambda: window.activity_photos.record_id == planting.id and window.activity_photos.listed,
                    timeout=WAIT)
    return window.activity_photos


def thumbnails_shown(strip: PhotoStrip, count: int) -> bool:
    return len(strip.photos) == count and not strip.loading and strip.view.count() == count


def plain_jpegs(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"IMG_{number:04d}.jpg"
        path.write_bytes(jpeg_bytes((320, 240), color=(10 * number % 255, 120, 60)))
        paths.append(path)
    return paths


def test_attached_photos_appear_in_the_event_strip(qtbot: Any, store: Database, planted: tuple[Event, Planting],
                                                   tmp_path: Path, boxes: list[tuple[str, str, str]]) -> None:
    event, _planting = planted
    window = open_window(qtbot, store, tmp_path)
    strip = window.event_photos
    assert strip.hint.isVisibleTo(window) and "No photos of this event yet" in strip.hint.text()
    files = plain_jpegs(tmp_path / "camera", 5)
    window.attach_photo_files(files)  # what the picker does with the chosen files (default: the event shown)
    qtbot.waitUntil(lambda: thumbnails_shown(strip, 5), timeout=WAIT)
    assert [p.original_name for p in strip.photos] == [f.name for f in files]
    assert all(not strip.images[p.id].isNull() for p in strip.photos)
    assert strip.view.isVisibleTo(window) and strip.count_label.text().strip() == "5 photos"
    assert [p.original_name for p in photos.list_photos(store, event.id)] == [f.name for f in files]
    qtbot.waitUntil(lambda: window.attach_progress is None, timeout=WAIT)
    assert "Attached 5 photos" in window.statusBar().currentMessage()
    assert not boxes  # nothing to complain about, and an event is not offered EXIF dates


def test_the_add_button_attaches_the_files_picked(qtbot: Any, store: Database, planted: tuple[Event, Planting],
                                                  tmp_path: Path, boxes: list[tuple[str, str, str]],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _event, planting = planted
    window = open_window(qtbot, store, tmp_path)
    strip = choose_activity(qtbot, window, planting)
    files = plain_jpegs(tmp_path / "camera", 2)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_args: ([str(f) for f in files], ""))
    qtbot.mouseClick(strip.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: thumbnails_shown(strip, 2), timeout=WAIT)
    assert len(photos.list_photos(store, planting.id)) == 2
    assert not window.event_photos.photos  # the activity's photos are not the event's


def test_orientation_6_gives_a_portrait_thumbnail_and_exif_fills_the_activity(
        qtbot: Any, store: Database, planted: tuple[Event, Planting], tmp_path: Path,
        boxes: list[tuple[str, str, str]]) -> None:
    _event, planting = planted
    window = open_window(qtbot, store, tmp_path)
    strip = choose_activity(qtbot, window, planting)
    window.attach_photo_files([camera_jpeg(tmp_path / "phone.jpg")], planting.id)  # 400 x 200 stored, turned
    qtbot.waitUntil(lambda: thumbnails_shown(strip, 1), timeout=WAIT)
    image = strip.images[strip.photos[0].id]
    assert image.height() > image.width()  # upright: portrait
    left, right = image.pixelColor(image.width() // 2, 5), image.pixelColor(image.width() // 2, image.height() - 5)
    assert left.blue() > left.red() and right.red() > right.blue()  # the blue half is on top after the turn
    # The planting had no date or position: the photo's are offered in plain words, and taken (Yes).
    qtbot.waitUntil(lambda: any(kind == "question" for kind, _t, _x in boxes), timeout=WAIT)
    question = next(text for kind, _title, text in boxes if kind == "question")
    assert "31 May 2026" in question and "1.23670° S" in question and "Use them for the planting?" in question
    records = Records(store)
    qtbot.waitUntil(lambda: records.get_activity(planting.id).date == dt.date(2026, 5, 31), timeout=WAIT)
    assert records.get_activity(planting.id).latitude == pytest.approx(-1.2367, abs=1e-4)
    qtbot.waitUntil(lambda: window.undo_stack.undoText() == "fill planting from photo", timeout=WAIT)
    qtbot.waitUntil(lambda: window.activities_model.activity(0) is not None
                    and window.activities_model.activity(0).date is not None, timeout=WAIT)  # type: ignore[union-attr]
    assert window.activity_photos.record_id == planting.id and len(window.activity_photos.photos) == 1


def test_viewer_next_previous_caption_tag_and_remove(qtbot: Any, store: Database, planted: tuple[Event, Planting],
                                                     tmp_path: Path, boxes: list[tuple[str, str, str]]) -> None:
    event, _planting = planted
    window = open_window(qtbot, store, tmp_path)
    strip = window.event_photos
    files = [*plain_jpegs(tmp_path / "camera", 2), camera_jpeg(tmp_path / "camera" / "portrait.jpg")]
    window.attach_photo_files(files)
    qtbot.waitUntil(lambda: thumbnails_shown(strip, 3), timeout=WAIT)
    qtbot.waitUntil(lambda: window.attach_progress is None, timeout=WAIT)

    rect = strip.view.visualItemRect(strip.view.item(0))
    qtbot.mouseClick(strip.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # as a real double
    qtbot.mouseDClick(strip.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # click begins
    qtbot.waitUntil(lambda: window.photo_viewer is not None and window.photo_viewer.isVisible(), timeout=WAIT)
    viewer = window.photo_viewer
    assert isinstance(viewer, PhotoViewer)
    qtbot.waitUntil(lambda: viewer.picture.image is not None, timeout=WAIT)
    assert viewer.position_label.text() == "1 of 3" and not viewer.previous_button.isEnabled()
    viewer.setFocus()
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.position_label.text() == "3 of 3" and not viewer.next_button.isEnabled()
    qtbot.waitUntil(lambda: viewer.picture.image is not None, timeout=WAIT)
    picture = viewer.picture.image
    assert picture is not None and picture.height() > picture.width()  # the viewer shows it upright too
    assert "31 May 2026" in viewer.facts.text() and "1.23670° S" in viewer.facts.text()
    qtbot.keyClick(viewer, Qt.Key.Key_Left)
    assert viewer.position_label.text() == "2 of 3"
    qtbot.mouseClick(viewer.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(viewer.previous_button, Qt.MouseButton.LeftButton)
    assert viewer.position_label.text() == "2 of 3"

    # Caption (Enter saves) and tag on the second photo.
    second = viewer.photo
    assert second is not None
    viewer.caption_edit.setFocus()
    qtbot.keyClicks(viewer.caption_edit, "Bare slope, north side")
    qtbot.keyClick(viewer.caption_edit, Qt.Key.Key_Return)
    viewer.tag_box.setCurrentIndex(viewer.tag_box.findData(PhotoTag.BEFORE.value))
    viewer.tag_box.activated.emit(viewer.tag_box.currentIndex())
    qtbot.waitUntil(lambda: viewer.saving == 0, timeout=WAIT)
    stored = photos.get_photo(store, second.id)
    assert stored.caption == "Bare slope, north side" and stored.tag is PhotoTag.BEFORE
    assert strip.view.item(1).text() == "Bare slope, north side"  # the strip shows it at once

    # A caption typed and left by moving on is saved too.
    viewer.caption_edit.setText("Moved on")
    qtbot.mouseClick(viewer.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: viewer.saving == 0, timeout=WAIT)
    assert photos.get_photo(store, second.id).caption == "Moved on"

    # Remove (after asking): the third photo goes, the viewer shows the one before it.
    third = viewer.photo
    assert third is not None and viewer.position_label.text() == "3 of 3"
    qtbot.mouseClick(viewer.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: viewer.saving == 0 and len(viewer.photos) == 2, timeout=WAIT)
    assert any(kind == "question" and title == "Remove photo?" for kind, title, _text in boxes)
    assert [p.id for p in photos.list_photos(store, event.id)] == [p.id for p in viewer.photos]
    assert viewer.position_label.text() == "2 of 2" and viewer.caption_edit.text() == "Moved on"
    assert photos.get_photo(store, second.id).caption == "Moved on"  # not overwritten by the removal
    assert len(strip.photos) == 2 and strip.view.count() == 2
    viewer.accept()
    qtbot.waitUntil(lambda: viewer.saving == 0, timeout=WAIT)

    # Opened again on the captioned photo: its caption is shown, and nothing is saved by just looking.
    again = window.open_photo_viewer(strip, 1)
    assert again is not None and again.position_label.text() == "2 of 2"
    assert again.caption_edit.text() == "Moved on" and again.tag_box.currentText() == "Before"
    qtbot.mouseClick(again.previous_button, Qt.MouseButton.LeftButton)
    again.accept()
    qtbot.waitUntil(lambda: again.saving == 0, timeout=WAIT)
    stored = photos.get_photo(store, second.id)
    assert stored.caption == "Moved on" and stored.tag is PhotoTag.BEFORE


def test_a_file_that_is_not_a_photo_gives_a_message_and_no_photo(
        qtbot: Any, store: Database, planted: tuple[Event, Planting], tmp_path: Path,
        boxes: list[tuple[str, str, str]]) -> None:
    event, _planting = planted
    window = open_window(qtbot, store, tmp_path)
    notes = tmp_path / "notes.jpg"
    notes.write_text("these are my notes, not a photo")
    truncated = tmp_path / "cut.jpg"
    truncated.write_bytes(jpeg_bytes((800, 600))[:3000])
    window.attach_photo_files([notes, truncated])
    qtbot.waitUntil(lambda: any(kind == "warning" for kind, _t, _x in boxes), timeout=WAIT)
    _kind, title, text = boxes[0]
    assert title == "Nothing attached"
    assert "notes.jpg: not a photo fieldlog can read" in text and "cut.jpg: the photo is damaged" in text
    assert "Traceback" not in text and "0 photos attached" in text
    assert photos.list_photos(store, event.id) == []
    assert window.event_photos.photos == [] and window.event_photos.hint.isVisibleTo(window)
    assert window.current_event is not None and window.current_event.event_name == "Karura planting day"


def test_good_photos_are_attached_beside_a_bad_one(qtbot: Any, store: Database, planted: tuple[Event, Planting],
                                                   tmp_path: Path, boxes: list[tuple[str, str, str]]) -> None:
    event, _planting = planted
    window = open_window(qtbot, store, tmp_path)
    bad = tmp_path / "scan.gif"
    bad.write_bytes(b"GIF89a" + b"\0" * 40)
    window.attach_photo_files([*plain_jpegs(tmp_path / "camera", 2), bad])
    qtbot.waitUntil(lambda: any(kind == "warning" for kind, _t, _x in boxes), timeout=WAIT)
    assert boxes[0][1] == "Some files were not attached" and "1 file was not attached" in boxes[0][2]
    assert "scan.gif" in boxes[0][2] and "2 photos attached" in boxes[0][2]
    assert len(photos.list_photos(store, event.id)) == 2
    qtbot.waitUntil(lambda: thumbnails_shown(window.event_photos, 2), timeout=WAIT)


def test_photos_dropped_on_the_window_are_attached_to_the_event(
        qtbot: Any, store: Database, planted: tuple[Event, Planting], tmp_path: Path,
        boxes: list[tuple[str, str, str]]) -> None:
    event, _planting = planted
    window = open_window(qtbot, store, tmp_path)
    files = plain_jpegs(tmp_path / "camera", 3)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    assert window.dropped_photos(mime) == files
    assert window.dropped_spreadsheet(mime) is None
    drop = QDropEvent(QPointF(QPoint(20, 20)), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: thumbnails_shown(window.event_photos, 3), timeout=WAIT)
    assert len(photos.list_photos(store, event.id)) == 3
    # A spreadsheet still opens the import, as before.
    sheet = tmp_path / "events.csv"
    sheet.write_text("event_name\n")
    mime.setUrls([QUrl.fromLocalFile(str(sheet))])
    assert window.dropped_spreadsheet(mime) == sheet and window.dropped_photos(mime) == []


def test_cancel_stops_attaching_and_keeps_what_was_attached(
        qtbot: Any, store: Database, planted: tuple[Event, Planting], tmp_path: Path,
        boxes: list[tuple[str, str, str]]) -> None:
    event, _planting = planted
    window = open_window(qtbot, store, tmp_path)
    progress = window.attach_photo_files(plain_jpegs(tmp_path / "camera", 30))
    assert progress is not None
    progress.canceled.emit()  # Cancel, at once: the batch stops before the next photo
    qtbot.waitUntil(lambda: window.attach_progress is None, timeout=WAIT)
    attached = photos.list_photos(store, event.id)
    assert len(attached) < 30
    assert window.statusBar().currentMessage().startswith("Cancelled: attached")
    qtbot.waitUntil(lambda: thumbnails_shown(window.event_photos, len(attached)), timeout=WAIT)
    assert not boxes


def test_strip_follows_the_chosen_record_and_shows_missing_files_plainly(
        qtbot: Any, store: Database, planted: tuple[Event, Planting], tmp_path: Path,
        boxes: list[tuple[str, str, str]]) -> None:
    event, planting = planted
    kept = photos.attach_photo(store, event.id, plain_jpegs(tmp_path / "camera", 1)[0]).photo
    lost = photos.attach_photo(store, planting.id, camera_jpeg(tmp_path / "lost.jpg")).photo
    store_dir = photos.photo_dir(store)
    (store_dir / lost.file_name).unlink()  # gone from the store, and its cached thumbnail too
    for cached in (store_dir / ".thumbs").glob(f"{lost.sha256}-*"):
        cached.unlink()
    window = open_window(qtbot, store, tmp_path)
    qtbot.waitUntil(lambda: thumbnails_shown(window.event_photos, 1), timeout=WAIT)
    assert window.event_photos.photos[0].id == kept.id
    assert not window.activity_photos.add_button.isEnabled()  # no activity chosen yet
    strip = choose_activity(qtbot, window, planting)
    qtbot.waitUntil(lambda: len(strip.photos) == 1 and not strip.loading, timeout=WAIT)
    assert "missing from the photo store" in strip.failures[lost.id]
    assert "missing from the photo store" in strip.view.item(0).toolTip()
    assert not boxes  # a missing picture is said on its thumbnail, not in a box per photo


def test_scale_down_new_photos_is_a_setting_that_keeps_date_and_position(
        qtbot: Any, store: Database, planted: tuple[Event, Planting], tmp_path: Path,
        boxes: list[tuple[str, str, str]]) -> None:
    event, _planting = planted
    window = open_window(qtbot, store, tmp_path)
    assert window.photo_max_side() is None  # off by default: photos are kept as taken
    menu = window.findChild(QMenu, "photo_size_menu")
    assert menu is not None
    choice = next(action for action in menu.actions() if action.text().startswith("To 2,048"))
    choice.trigger()
    assert window.photo_max_side() == 2048 and choice.isChecked()
    big = tmp_path / "big.jpg"
    big.write_bytes(jpeg_bytes((3000, 1500), exif=exif_payload(orientation=1)))
    window.attach_photo_files([big])
    qtbot.waitUntil(lambda: window.attach_progress is None and len(photos.list_photos(store, event.id)) == 1,
                    timeout=WAIT)
    [photo] = photos.list_photos(store, event.id)
    assert (photo.width, photo.height) == (2048, 1024)
    assert photo.taken_at == dt.datetime(2026, 5, 31, 9, 12, 44) and photo.latitude is not None
    window.settings.sync()
    reread = QSettings(window.settings.fileName(), QSettings.Format.IniFormat)  # remembered for next time
    assert int(reread.value("photos/max_side")) == 2048  # type: ignore[call-overload]

"""Photos in the window: the strip of thumbnails on a record, attaching (file picker, drag and drop) with
progress and Cancel, and the viewer with next / previous, caption, tag and remove.

Threads, as everywhere in the window: attaching and every read or write of photo records run on the task
runner's database thread; thumbnails and the viewer's pictures are made on its file pool (Pillow, through
`services.photos.thumbnail`, cached on disk) and turned into QImages there; the UI thread only makes
pixmaps and paints. A strip drops results meant for a record it no longer shows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QObject,
    QRect,
    QSize,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QImage,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldlog.domain.errors import FieldlogError, PhotoRejected
from fieldlog.domain.photos import Photo, PhotoTag
from fieldlog.domain.records import Activity
from fieldlog.domain.translatable import QT_TRANSLATE_NOOP
from fieldlog.services import photos as photo_service
from fieldlog.services.database import Database
from fieldlog.services.photos import ExifOffer
from fieldlog.services.records import Records
from fieldlog.ui.formatting import Counts, format_number
from fieldlog.ui.language import vocabulary
from fieldlog.ui.tasks import Progress, TaskRunner, describe_failure

# What a dropped or chosen file must look like to be taken as a photo. Formats fieldlog cannot read
# (HEIC, TIFF, GIF...) are in the list on purpose: attaching them says in plain words why not.
PICTURE_SUFFIXES = frozenset({".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".heic", ".heif", ".avif",
                              ".tif", ".tiff", ".gif", ".bmp"})
PHOTO_PATTERNS = "*.jpg *.jpeg *.JPG *.JPEG *.png *.PNG *.webp *.WEBP *.heic *.HEIC"  # untranslated: patterns
_PHOTOS, _ALL_FILES = QT_TRANSLATE_NOOP("photos", "Photos"), QT_TRANSLATE_NOOP("photos", "All files")
PICKER_FILTER = f"{_PHOTOS} ({PHOTO_PATTERNS});;{_ALL_FILES} (*)"  # in English: the window shows picker_filter()
THUMB_BOX = QSize(128, 96)  # a thumbnail in the strip fits this box
VIEW_SIZE = 1600  # the longest side of the picture the viewer shows (made once, cached)
MAX_LISTED_PROBLEMS = 8
PHOTO_ID = Qt.ItemDataRole.UserRole


def picker_filter() -> str:
    """The file picker's filter for photos, its descriptions in the window's language (the patterns as they are)."""
    photos = QCoreApplication.translate("photos", _PHOTOS)
    return f"{photos} ({PHOTO_PATTERNS});;{QCoreApplication.translate('photos', _ALL_FILES)} (*)"


def picture_files(paths: Iterable[Path]) -> list[Path]:
    """The files that look like photos by their name (readable or not: attaching says which are not)."""
    return [path for path in paths if path.suffix.lower() in PICTURE_SUFFIXES]


def degrees(latitude: float, longitude: float) -> str:
    """A position as people read it: 1.23670° S, 36.83500° E (the locale's decimal sign and compass letters)."""
    locale = QLocale()
    north_south = QCoreApplication.translate("photos", "N", "compass: north") if latitude >= 0 else \
        QCoreApplication.translate("photos", "S", "compass: south")
    east_west = QCoreApplication.translate("photos", "E", "compass: east") if longitude >= 0 else \
        QCoreApplication.translate("photos", "W", "compass: west")
    return (f"{locale.toString(abs(latitude), 'f', 5)}° {north_south}, "
            f"{locale.toString(abs(longitude), 'f', 5)}° {east_west}")


def _moment(taken: dt.datetime) -> QDateTime:
    """A photo's time as its camera's clock wrote it, for QLocale to write with the locale's month names."""
    return QDateTime(QDate(taken.year, taken.month, taken.day), QTime(taken.hour, taken.minute))


def describe_photo(photo: Photo) -> str:
    """One line about a photo: its name, when and where it was taken, its size."""
    parts = [photo.original_name or photo.file_name]
    if photo.taken_at is not None:
        parts.append(QCoreApplication.translate("photos", "taken {when}").format(
            when=QLocale().toString(_moment(photo.taken_at), "d MMMM yyyy, HH:mm")))
    if photo.latitude is not None and photo.longitude is not None:
        parts.append(QCoreApplication.translate("photos", "at {position}").format(
            position=degrees(photo.latitude, photo.longitude)))
    parts.append(QCoreApplication.translate("photos", "{width} × {height} pixels").format(
        width=format_number(photo.width), height=format_number(photo.height)))
    return " · ".join(parts)


def strip_text(photo: Photo) -> str:
    """The line under a thumbnail: the caption, else when it was taken, else the file's name."""
    if photo.caption:
        return photo.caption
    if photo.taken_at is not None:
        return QLocale().toString(_moment(photo.taken_at), "d MMM yyyy HH:mm")
    return photo.original_name or ""


def load_picture(database: Database, photo: Photo, size: int | None = None, box: QSize | None = None) -> QImage:
    """The photo shown upright, longest side `size` (default: the thumbnail attaching made), cached on disk,
    then fitted into `box` (on the file pool only)."""
    path = photo_service.thumbnail(database, photo) if size is None else photo_service.thumbnail(database, photo,
                                                                                                  size)
    image = QImage(str(path))
    if image.isNull():
        raise PhotoRejected(QCoreApplication.translate(
            "photos", "The picture of {photo} could not be shown ({file} is unreadable); `fieldlog check` checks "
            "the photo store.").format(photo=photo.original_name or photo.file_name, file=path.name))
    if box is not None and (image.width() > box.width() or image.height() > box.height()):
        image = image.scaled(box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return image


# -- attaching ------------------------------------------------------------------------------------------


@dataclass
class AttachOutcome:
    """What attaching a batch of files did."""

    total: int
    attached: list[Photo] = field(default_factory=list)  # new on the record
    already: int = 0  # the same picture was attached to the record before
    refused: list[str] = field(default_factory=list)  # one plain message per file not attached
    stopped: str | None = None  # why attaching stopped before the end (a full disk...)
    cancelled: bool = False
    activity: Activity | None = None  # the activity attached to, as it is now
    offer: ExifOffer | None = None  # what the photos could fill in on that activity


class AttachRelay(QObject):
    """Carries each photo to the UI thread as soon as it is attached (emitted on the database thread)."""

    attached = Signal(object)  # Photo


def attach_files(database: Database, records: Records, record_id: uuid.UUID, paths: Sequence[Path],
                 relay: AttachRelay | None, progress: Progress, cancel: threading.Event, *,
                 max_side: int | None = None) -> AttachOutcome:
    """Attach files one by one (on the database thread): a file that is not a readable photo is listed
    and skipped, the others are attached (scaled down to `max_side` pixels when given); a full disk or a
    deleted record stops the batch."""
    outcome = AttachOutcome(total=len(paths))
    for number, path in enumerate(paths, start=1):
        if cancel.is_set():
            outcome.cancelled = True
            break
        try:
            result = photo_service.attach_photo(database, record_id, path, max_side=max_side)
        except PhotoRejected as error:
            outcome.refused.append(str(error))
        except FieldlogError as error:
            outcome.stopped = str(error)
            break
        else:
            if result.new_row:
                outcome.attached.append(result.photo)
                if relay is not None:
                    relay.attached.emit(result.photo)
            else:
                outcome.already += 1
        progress(number, len(paths))
    if outcome.attached and outcome.stopped is None:
        try:
            activity = records.get_activity(record_id)
        except FieldlogError:
            return outcome  # an event: its date and place are its own
        outcome.activity = activity
        outcome.offer = photo_service.exif_offer(activity, photo_service.list_photos(database, record_id))
    return outcome


def attach_report(outcome: AttachOutcome) -> str:
    """The status-bar line for an attach."""
    photos = Counts.tr("%Ln photo(s)", "", len(outcome.attached))
    if outcome.already:
        photos = QCoreApplication.translate("photos", "{photos} ({count} already there)").format(
            photos=photos, count=format_number(outcome.already))
    if outcome.cancelled:
        return QCoreApplication.translate("photos", "Cancelled: attached {photos} of {total}; the rest were not "
                                                    "attached.").format(photos=photos,
                                                                        total=format_number(outcome.total))
    return QCoreApplication.translate("photos", "Attached {photos}.").format(photos=photos)


def problems_text(outcome: AttachOutcome) -> str:
    """The message for files that were not attached (None of them were changed or half stored)."""
    lines = outcome.refused[:MAX_LISTED_PROBLEMS]
    if len(outcome.refused) > MAX_LISTED_PROBLEMS:
        lines.append(QCoreApplication.translate("photos", "…and {count} more.").format(
            count=format_number(len(outcome.refused) - MAX_LISTED_PROBLEMS)))
    text = ""
    if outcome.refused:
        text = Counts.tr("%Ln file(s) were not attached:", "", len(outcome.refused)) \
            + "\n\n" + "\n".join(lines)
    if outcome.stopped:
        text += ("\n\n" if text else "") + QCoreApplication.translate("photos", "Attaching stopped: {reason}").format(
            reason=outcome.stopped)
    attached = len(outcome.attached) + outcome.already
    text += "\n\n" + Counts.tr("%Ln photo(s) attached; the record is otherwise unchanged.", "", attached)
    return text


def offer_text(offer: ExifOffer, activity: Activity) -> str:
    """The question that offers a photo's date and position for an activity that has none."""
    label = vocabulary(activity.kind)
    noun = label[:1].lower() + label[1:]
    facts = []
    if offer.date is not None:
        date = QLocale().toString(QDate(offer.date.year, offer.date.month, offer.date.day), "d MMMM yyyy")
        facts.append(QCoreApplication.translate("photos", "Date: {date}").format(date=date))
    if offer.latitude is not None and offer.longitude is not None:
        facts.append(QCoreApplication.translate("photos", "Position: {position}").format(
            position=degrees(offer.latitude, offer.longitude)))
    if offer.photo is not None and offer.photo.original_name:
        name = offer.photo.original_name
    else:
        name = QCoreApplication.translate("photos", "The photo")
    has_date, has_position = offer.date is not None, offer.latitude is not None
    if has_date and has_position:
        says = QCoreApplication.translate("photos", "{photo} says when and where it was taken, and this {record} "
                                                    "has no date and position of its own yet.")
    elif has_date:
        says = QCoreApplication.translate("photos", "{photo} says when and where it was taken, and this {record} "
                                                    "has no date of its own yet.")
    else:
        says = QCoreApplication.translate("photos", "{photo} says when and where it was taken, and this {record} "
                                                    "has no position of its own yet.")
    if len(facts) == 1:
        question = QCoreApplication.translate("photos", "Use it for the {record}?")
    else:
        question = QCoreApplication.translate("photos", "Use them for the {record}?")
    return (says.format(photo=name, record=noun) + "\n\n" + "\n".join(facts) + "\n\n"
            + question.format(record=noun))


# -- the strip ------------------------------------------------------------------------------------------


def _placeholder(text: str = "") -> QPixmap:
    pixmap = QPixmap(THUMB_BOX)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, 28))
    painter.drawRoundedRect(QRect(14, 4, THUMB_BOX.width() - 28, THUMB_BOX.height() - 8), 4, 4)
    if text:
        painter.setPen(QColor(120, 40, 40))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


def _framed(image: QImage, tag: PhotoTag) -> QPixmap:
    """The thumbnail centred in the strip's box, with its before/after tag in a corner."""
    pixmap = QPixmap(THUMB_BOX)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    x, y = (THUMB_BOX.width() - image.width()) // 2, (THUMB_BOX.height() - image.height()) // 2
    painter.drawImage(x, y, image)
    if tag is not PhotoTag.OTHER:
        font = painter.font()
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.75))
        font.setBold(True)
        painter.setFont(font)
        text = tag.label.upper()
        width = painter.fontMetrics().horizontalAdvance(text) + 8
        badge = QRect(x + 3, y + image.height() - painter.fontMetrics().height() - 5, width,
                      painter.fontMetrics().height() + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(20, 110, 60, 220) if tag is PhotoTag.AFTER else QColor(150, 80, 10, 220))
        painter.drawRoundedRect(badge, 3, 3)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


class PhotoStrip(QFrame):
    """The photos of one record (an event or an activity) as a horizontal strip of thumbnails.

    Thumbnails are made on the file pool and appear one by one; double-click (or Enter) opens the
    viewer; photo files dropped on the strip are attached to its record.
    """

    add_requested = Signal()  # "Add photos…" was clicked
    files_dropped = Signal(list)  # list[Path] of picture files dropped on the strip
    open_requested = Signal(int)  # the row to show in the viewer
    photos_changed = Signal()  # the photos shown changed (count, order)

    def __init__(self, runner: TaskRunner, database: Callable[[], Database], *, name: str, noun: str,
                 empty_hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.runner, self._database = runner, database
        self.noun, self.empty_hint = noun, empty_hint
        self.record_id: uuid.UUID | None = None
        self.listed = False  # the photos of the record shown have been read
        self.photos: list[Photo] = []
        self.images: dict[uuid.UUID, QImage] = {}  # the loaded thumbnails (the strip's box)
        self.failures: dict[uuid.UUID, str] = {}
        self._items: dict[uuid.UUID, QListWidgetItem] = {}
        self._generation = 0
        self._cancel = threading.Event()
        self._placeholder = _placeholder()

        self.title = QLabel(self.tr("Photos of the {record}").format(record=noun))
        self.title.setObjectName(f"{name}_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.count_label = QLabel()
        self.count_label.setObjectName(f"{name}_count")
        palette = self.count_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
        self.count_label.setPalette(palette)
        self.add_button = QPushButton(self.tr("Add photos…"))
        self.add_button.setObjectName(f"{name}_add")
        self.add_button.setToolTip(self.tr("Attach photos to the {record} (or drop photo files here)").format(
            record=noun))
        self.add_button.clicked.connect(self.add_requested)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title)
        header.addWidget(self.count_label, 1)
        header.addWidget(self.add_button)

        self.view = QListWidget()
        self.view.setObjectName(f"{name}_view")
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setFlow(QListView.Flow.LeftToRight)
        self.view.setWrapping(False)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.view.setAcceptDrops(False)
        self.view.viewport().setAcceptDrops(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setIconSize(THUMB_BOX)
        self.view.setUniformItemSizes(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setWordWrap(False)
        self.view.setSpacing(2)
        self.view.setGridSize(QSize(THUMB_BOX.width() + 8, THUMB_BOX.height() + self.fontMetrics().height() + 10))
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._fit_height()
        self.view.itemActivated.connect(lambda item: self.open_requested.emit(self.view.row(item)))

        self.hint = QLabel(empty_hint, alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.hint.setObjectName(f"{name}_hint")
        self.hint.setFrameShape(QFrame.Shape.StyledPanel)
        self.hint.setMinimumHeight(2 * self.fontMetrics().height() + 16)  # one or two lines: no tall empty box
        self.hint.setPalette(palette)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(4)
        column.addLayout(header)
        column.addWidget(self.hint)  # one of the two shows: the hint is short, so an empty strip is too
        column.addWidget(self.view)
        self.setAcceptDrops(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.show_record(None)

    # -- what the strip shows ----------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        """True while the photos of the record shown are being read, or their thumbnails made."""
        if self.record_id is not None and not self.listed:
            return True
        return any(photo.id not in self.images and photo.id not in self.failures for photo in self.photos)

    def show_record(self, record_id: uuid.UUID | None, title: str | None = None, *, reload: bool = True) -> None:
        """Show the photos of `record_id` (None: nothing chosen). The same record again re-reads its photos
        and keeps the thumbnails already made."""
        if title is not None:
            self.title.setText(title)
        if record_id is None:
            self._reset(None)
            self.hint.setText(self.empty_hint)
            self.add_button.setEnabled(False)
            self._shown()
            return
        self.add_button.setEnabled(True)
        if record_id != self.record_id:
            self._reset(record_id)
            self.hint.setText(self.tr("Loading photos…"))
            self._shown()
        elif not reload:
            return
        database, generation = self._database(), self._generation
        self.runner.submit(lambda: photo_service.list_photos(database, record_id),
                           lambda photos: self._listed(generation, photos),
                           lambda error: self._list_failed(generation, error))

    def _reset(self, record_id: uuid.UUID | None) -> None:
        self._cancel.set()  # thumbnails still queued for the record shown before are not made
        self._cancel = threading.Event()
        self._generation += 1
        self.record_id, self.listed = record_id, False
        self.photos, self.images, self.failures, self._items = [], {}, {}, {}
        self.view.clear()

    def _listed(self, generation: int, photos: list[Photo]) -> None:
        if generation != self._generation:
            return
        self.listed = True
        wanted = {photo.id for photo in photos}
        for photo in [p for p in self.photos if p.id not in wanted]:
            self._take(photo.id)
        self.add_photos(photos)
        if not photos:
            self.hint.setText(self.empty_hint_for_record())
        self._shown()

    def _list_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.listed = True
            self.hint.setText(self.tr("The photos could not be read: {reason}").format(
                reason=describe_failure(error)))
            self._shown()

    def empty_hint_for_record(self) -> str:
        """What the strip says when its record has no photos."""
        return self.tr("No photos of this {record} yet. Drop photo files here, or click Add photos…").format(
            record=self.noun)

    def add_photos(self, photos: Iterable[Photo]) -> None:
        """Add photos at the end (those already shown are updated) and have their thumbnails made."""
        database, generation, cancel = self._database(), self._generation, self._cancel
        for photo in photos:
            if self.record_id is None or photo.record_id != self.record_id:
                continue
            if photo.id in self._items:
                self.update_photo(photo)
                continue
            self.photos.append(photo)
            item = QListWidgetItem(QIcon(self._placeholder), strip_text(photo))
            item.setData(PHOTO_ID, str(photo.id))
            item.setToolTip(describe_photo(photo))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self._items[photo.id] = item
            self.view.addItem(item)

            def make(photo: Photo = photo) -> QImage | None:
                if cancel.is_set():
                    return None
                return load_picture(database, photo, None, THUMB_BOX)

            self.runner.submit_file(make, partial_done(self._thumbnail_made, generation, photo.id),
                                    partial_done(self._thumbnail_failed, generation, photo.id))
        self._shown()

    def _thumbnail_made(self, generation: int, photo_id: uuid.UUID, image: QImage | None) -> None:
        item = self._items.get(photo_id)
        if generation != self._generation or image is None or item is None:
            return
        self.images[photo_id] = image
        photo = self.photo(photo_id)
        item.setIcon(QIcon(_framed(image, photo.tag if photo else PhotoTag.OTHER)))

    def _thumbnail_failed(self, generation: int, photo_id: uuid.UUID, error: BaseException) -> None:
        item = self._items.get(photo_id)
        if generation != self._generation or item is None:
            return
        message = describe_failure(error)
        self.failures[photo_id] = message
        # The service's message (English) says which; the thumbnail says it in the window's language.
        item.setIcon(QIcon(_placeholder(self.tr("missing") if "missing" in message else self.tr("unreadable"))))
        item.setToolTip(f"{item.toolTip()}\n\n{message}")

    def photo(self, photo_id: uuid.UUID) -> Photo | None:
        """A photo the strip shows, by id."""
        return next((photo for photo in self.photos if photo.id == photo_id), None)

    def update_photo(self, photo: Photo) -> None:
        """Show a photo's new caption or tag."""
        item = self._items.get(photo.id)
        if item is None:
            return
        self.photos = [photo if p.id == photo.id else p for p in self.photos]
        item.setText(strip_text(photo))
        item.setToolTip(describe_photo(photo))
        if photo.id in self.images:
            item.setIcon(QIcon(_framed(self.images[photo.id], photo.tag)))

    def remove_photo(self, photo_id: uuid.UUID) -> None:
        """Take a removed photo out of the strip."""
        self._take(photo_id)
        if not self.photos:
            self.hint.setText(self.empty_hint_for_record())
        self._shown()

    def _take(self, photo_id: uuid.UUID) -> None:
        item = self._items.pop(photo_id, None)
        if item is not None:
            self.view.takeItem(self.view.row(item))
        self.photos = [p for p in self.photos if p.id != photo_id]
        self.images.pop(photo_id, None)
        self.failures.pop(photo_id, None)

    def _fit_height(self) -> None:
        """As tall as the thumbnails, plus the scroll bar only when they do not all fit across."""
        view = self.view
        grid, margin = view.gridSize(), 2 * view.spacing() + 2 * view.frameWidth()
        height = grid.height() + margin + 2
        if len(self.photos) * grid.width() + margin > view.width():
            height += view.horizontalScrollBar().sizeHint().height()
        if view.height() != height:
            view.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The scroll bar's room comes and goes with the width."""
        super().resizeEvent(event)
        self._fit_height()

    def _shown(self) -> None:
        self._fit_height()
        count = len(self.photos)
        self.count_label.setText("  " + self.tr("%Ln photo(s)", "", count) if count else "")
        self.view.setVisible(bool(count))
        self.hint.setVisible(not count)
        self.photos_changed.emit()

    # -- dropping ---------------------------------------------------------------------------------

    @staticmethod
    def dropped_pictures(event: QDropEvent) -> list[Path]:
        """The local picture files a drag carries."""
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return picture_files(Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile())

    def _accept_pictures(self, event: QDropEvent) -> None:
        if self.dropped_pictures(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept photo files dragged over the strip."""
        self._accept_pictures(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep accepting photo files while they move over the strip."""
        self._accept_pictures(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """Photo files dropped on the strip are attached to its record."""
        files = self.dropped_pictures(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        QTimer.singleShot(0, lambda: self.files_dropped.emit(files))  # after the drag has finished


def partial_done(callback: Callable[..., None], *first: object) -> Callable[[object], None]:
    """`callback(*first, result)`, for a task's done or failed."""
    return lambda result: callback(*first, result)


# -- the viewer -----------------------------------------------------------------------------------------


class PictureView(QWidget):
    """A picture fitted to the widget, keeping its proportions, on a dark background; or a message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("picture")
        self.image: QImage | None = None
        self.message = ""
        self._scaled: QPixmap | None = None
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: QImage | None, message: str = "") -> None:
        """Show `image`, or `message` when there is none."""
        self.image, self.message, self._scaled = image, message, None
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The picture is fitted again at the new size."""
        self._scaled = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Dark background, the picture centred and fitted (never enlarged past twice its size)."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(38, 38, 38))
        if self.image is not None and not self.image.isNull():
            if self._scaled is None:
                bounds = self.size()
                if self.image.width() * 2 < bounds.width() and self.image.height() * 2 < bounds.height():
                    bounds = self.image.size() * 2
                self._scaled = QPixmap.fromImage(self.image.scaled(
                    bounds, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
            x = (self.width() - self._scaled.width()) // 2
            y = (self.height() - self._scaled.height()) // 2
            painter.drawPixmap(x, y, self._scaled)
        elif self.message:
            painter.setPen(QColor(225, 225, 225))
            painter.drawText(self.rect().adjusted(24, 24, -24, -24),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.message)
        painter.end()


class PhotoViewer(QDialog):
    """One record's photos, one at a time: the picture fitted to the window (upright, as its EXIF says),
    next / previous (buttons, arrow keys), the caption, the before/after/other tag, and remove."""

    changed = Signal(object)  # Photo: its caption or tag was saved
    removed = Signal(object)  # uuid.UUID of a photo taken off its record

    def __init__(self, photos: Sequence[Photo], index: int, runner: TaskRunner, database: Callable[[], Database],
                 *, record_noun: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photo_viewer")
        record_noun = record_noun or self.tr("record")
        self.setWindowTitle(self.tr("Photos of the {record}").format(record=record_noun))
        self.photos = list(photos)
        self.index = max(0, min(index, len(self.photos) - 1))
        self.shown_id: uuid.UUID | None = None  # the photo whose caption and tag the fields hold
        self.runner, self._database, self.record_noun = runner, database, record_noun
        self._generation = 0
        self.saving = 0  # saves queued and not yet done (tests wait for 0)

        self.picture = PictureView()
        self.position_label = QLabel()
        self.position_label.setObjectName("viewer_position")
        font = self.position_label.font()
        font.setBold(True)
        self.position_label.setFont(font)
        self.facts = QLabel()
        self.facts.setObjectName("viewer_facts")
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.previous_button = QPushButton(self.tr("◀  Previous"))
        self.previous_button.setObjectName("viewer_previous")
        self.previous_button.setToolTip(self.tr("Left arrow"))
        self.previous_button.clicked.connect(self.show_previous)
        self.next_button = QPushButton(self.tr("Next  ▶"))
        self.next_button.setObjectName("viewer_next")
        self.next_button.setToolTip(self.tr("Right arrow"))
        self.next_button.clicked.connect(self.show_next)
        self.tag_box = QComboBox()
        self.tag_box.setObjectName("viewer_tag")
        for tag in PhotoTag:
            self.tag_box.addItem(vocabulary(tag), tag.value)
        self.tag_box.activated.connect(lambda _index: self.save_tag())
        tag_label = QLabel(self.tr("&Shows"))
        tag_label.setBuddy(self.tag_box)
        self.caption_edit = QLineEdit()
        self.caption_edit.setObjectName("viewer_caption")
        self.caption_edit.setPlaceholderText(self.tr("What the photo shows (Enter saves)"))
        self.caption_edit.setClearButtonEnabled(True)
        self.caption_edit.editingFinished.connect(self.save_caption)
        caption_label = QLabel(self.tr("&Caption"))
        caption_label.setBuddy(self.caption_edit)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.setObjectName("viewer_remove")
        self.remove_button.setToolTip(self.tr("Take this photo off the {record}").format(record=record_noun))
        self.remove_button.clicked.connect(self.remove_current)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("viewer_close")
        self.close_button.clicked.connect(self.accept)
        self.close_button.setAutoDefault(False)
        for button in (self.previous_button, self.next_button, self.remove_button):
            button.setAutoDefault(False)

        top = QHBoxLayout()
        top.addWidget(self.position_label)
        top.addSpacing(8)
        top.addWidget(self.facts, 1)
        edits = QHBoxLayout()
        edits.addWidget(self.previous_button)
        edits.addWidget(self.next_button)
        edits.addSpacing(16)
        edits.addWidget(tag_label)
        edits.addWidget(self.tag_box)
        edits.addSpacing(8)
        edits.addWidget(caption_label)
        edits.addWidget(self.caption_edit, 1)
        edits.addSpacing(16)
        edits.addWidget(self.remove_button)
        edits.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.picture, 1)
        column.addLayout(edits)

        # Arrow keys move between photos, except while the caption is being typed (the field keeps them).
        for keys, slot in (((Qt.Key.Key_Right, Qt.Key.Key_PageDown), self.show_next),
                           ((Qt.Key.Key_Left, Qt.Key.Key_PageUp), self.show_previous)):
            action = QAction(self)
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.triggered.connect(slot)
            self.addAction(action)
        self.resize(1000, 720)
        self.show_photo(self.index)

    @property
    def photo(self) -> Photo | None:
        """The photo shown."""
        return self.photos[self.index] if self.photos else None

    def show_photo(self, index: int) -> None:
        """Show the photo at `index` (its caption saved first when it was changed)."""
        if not self.photos:
            return
        self.save_caption()
        self.index = max(0, min(index, len(self.photos) - 1))
        photo = self.photos[self.index]
        self.position_label.setText(self.tr("{number} of {count}").format(
            number=format_number(self.index + 1), count=format_number(len(self.photos))))
        self.facts.setText(describe_photo(photo))
        self.caption_edit.setText(photo.caption or "")
        self.tag_box.setCurrentIndex(self.tag_box.findData(photo.tag.value))
        self.shown_id = photo.id
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.photos) - 1)
        self._generation += 1
        generation, database = self._generation, self._database()
        self.picture.set_image(None, self.tr("Loading…"))
        self.runner.submit_file(lambda: load_picture(database, photo, VIEW_SIZE),
                                partial_done(self._picture_loaded, generation),
                                partial_done(self._picture_failed, generation))
        if self.index + 1 < len(self.photos):  # made meanwhile, so Next shows it at once
            following = self.photos[self.index + 1]
            self.runner.submit_file(lambda: photo_service.thumbnail(database, following, VIEW_SIZE),
                                    failed=lambda _error: None)

    def _picture_loaded(self, generation: int, image: QImage) -> None:
        if generation == self._generation:
            self.picture.set_image(image)

    def _picture_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.picture.set_image(None, describe_failure(error))

    def show_next(self) -> None:
        """The next photo."""
        if self.index < len(self.photos) - 1:
            self.show_photo(self.index + 1)

    def show_previous(self) -> None:
        """The previous photo."""
        if self.index > 0:
            self.show_photo(self.index - 1)

    def _save(self, work: Callable[[], Photo]) -> None:
        self.saving += 1

        def saved(updated: Photo) -> None:
            self.saving -= 1
            self.photos = [updated if p.id == updated.id else p for p in self.photos]
            self.changed.emit(updated)

        def failed(error: BaseException) -> None:
            self.saving -= 1
            QMessageBox.warning(self, self.tr("Photo not changed"), describe_failure(error))

        self.runner.submit(work, saved, failed)

    def save_caption(self) -> None:
        """Save the caption typed for the photo shown, when it changed."""
        row = next((n for n, p in enumerate(self.photos) if p.id == self.shown_id), None)
        if row is None:
            return
        photo, text = self.photos[row], self.caption_edit.text().strip()
        if text == (photo.caption or ""):
            return
        database = self._database()
        self.photos[row] = dataclasses.replace(photo, caption=text or None)  # typed twice: saved once
        self._save(lambda: photo_service.update_photo(database, photo.id, caption=text or None))

    def save_tag(self) -> None:
        """Save the before/after/other tag chosen for the photo shown."""
        photo, value = self.photo, self.tag_box.currentData()
        if photo is None or photo.id != self.shown_id or value not in {tag.value for tag in PhotoTag} \
                or value == photo.tag.value:
            return
        tag = PhotoTag(value)
        database = self._database()
        self._save(lambda: photo_service.update_photo(database, photo.id, tag=tag))

    def remove_current(self) -> None:
        """Take the photo shown off its record, after asking."""
        photo = self.photo
        if photo is None:
            return
        question = self.tr("Take {photo} off the {record}?\n\nThe picture itself stays in the photo store and its "
                           "backups.").format(photo=photo.original_name or self.tr("this photo"),
                                              record=self.record_noun)
        if QMessageBox.question(self, self.tr("Remove photo?"), question) != QMessageBox.StandardButton.Yes:
            return
        database = self._database()

        def removed(_result: object) -> None:
            self.saving -= 1
            self.photos = [p for p in self.photos if p.id != photo.id]
            self.removed.emit(photo.id)
            if not self.photos:
                self.accept()
                return
            self.shown_id = None  # its fields are not saved onto another photo
            self.show_photo(min(self.index, len(self.photos) - 1))

        def failed(error: BaseException) -> None:
            self.saving -= 1
            QMessageBox.warning(self, self.tr("Photo not removed"), describe_failure(error))

        self.saving += 1
        self.runner.submit(lambda: photo_service.remove_photo(database, photo.id), removed, failed)

    def done(self, result: int) -> None:
        """Save a caption still being typed, then close."""
        self.save_caption()
        super().done(result)

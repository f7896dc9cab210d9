"""Photos attached to an event or an activity: the record that points at a file in the photo store."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from fieldlog.domain.kinds import LabelledEnum
from fieldlog.domain.records import Record

PHOTO_EXTENSIONS = ("jpg", "png", "webp")  # what the photo store holds (io.photos decides which formats)


class PhotoTag(LabelledEnum):
    """What a photo shows in a restoration story."""

    BEFORE = "before"
    AFTER = "after"
    OTHER = "other"


@dataclass(frozen=True, slots=True, kw_only=True)
class Photo(Record):
    """One photo of one event or activity (exactly one of `event_id`, `activity_id` is set).

    The picture itself is the store's file `<sha256>.<extension>`: the same picture attached to two
    records is two Photo records and one file. `width` and `height` are as the photo is shown (EXIF
    orientation applied); `taken_at` is the camera's wall-clock time; `latitude`/`longitude` its GPS fix.
    """

    sha256: str
    extension: str
    width: int
    height: int
    size_bytes: int
    event_id: uuid.UUID | None = None
    activity_id: uuid.UUID | None = None
    original_name: str | None = None
    caption: str | None = None
    tag: PhotoTag = PhotoTag.OTHER
    taken_at: dt.datetime | None = None
    latitude: float | None = None
    longitude: float | None = None

    @property
    def file_name(self) -> str:
        """The photo's file name in the store (and in an exchange package's `photos/`)."""
        return f"{self.sha256}.{self.extension}"

    @property
    def record_id(self) -> uuid.UUID:
        """The id of the event or activity the photo belongs to."""
        owner = self.event_id or self.activity_id
        assert owner is not None, "a photo always belongs to an event or an activity"
        return owner

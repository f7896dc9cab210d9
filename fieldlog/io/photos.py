"""Photo files with Pillow: what a photo is (format, size, EXIF date, GPS, orientation), thumbnails,
downscaling that keeps the date and position, and copies stripped of personal metadata for sharing.

Hostile files are expected. The size a header claims is checked before any pixel is decoded: the
image is identified with Pillow's own format plugins, but without `Image.open`'s decompression-bomb
check, which only *warns* between 89 and 179 megapixels (a warning is not a refusal) and would need
process-wide warning filters to turn into one. fieldlog's limit (`MAX_PIXELS`) is lower than
Pillow's, so Pillow's own check never fires on a file fieldlog goes on to decode. Truncated files are
refused (`ImageFile.LOAD_TRUNCATED_IMAGES` stays off). Every refusal is a `PhotoRejected` naming the
file. Nothing here touches the database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from PIL import ExifTags, Image, ImageFile

from fieldlog.domain.errors import PhotoRejected

MAX_PIXELS = 50_000_000
FORMATS = {"JPEG": "jpg", "MPO": "jpg", "PNG": "png", "WEBP": "webp"}  # Pillow format -> store extension
_PLUGINS = ("JPEG", "PNG", "WEBP")  # MPO (phones' multi-picture JPEG) comes through the JPEG plugin
THUMBNAIL_SIZE = 256
THUMBNAIL_QUALITY = 85
DOWNSCALE_QUALITY = 90

# EXIF tags (numbers from the EXIF 2.32 standard; ExifTags.Base names them)
_ORIENTATION = ExifTags.Base.Orientation
_DATE_TAGS = (ExifTags.Base.DateTimeOriginal, ExifTags.Base.DateTimeDigitized)
_EXIF_WIDTH, _EXIF_HEIGHT = ExifTags.Base.ExifImageWidth, ExifTags.Base.ExifImageHeight
# What a shared copy leaves out: who took it, with which camera (serials identify a person's camera across
# every photo they publish), free text, and maker notes (opaque blobs that hold serials and often GPS).
_PERSONAL_IFD0 = {ExifTags.Base.Artist, ExifTags.Base.HostComputer, ExifTags.Base.XPAuthor,
                  ExifTags.Base.XPComment, ExifTags.Base.ImageUniqueID, ExifTags.Base.CameraOwnerName,
                  ExifTags.Base.BodySerialNumber, ExifTags.Base.LensSerialNumber}
_PERSONAL_EXIF = {ExifTags.Base.CameraOwnerName, ExifTags.Base.BodySerialNumber, ExifTags.Base.LensSerialNumber,
                  ExifTags.Base.ImageUniqueID, ExifTags.Base.MakerNote, ExifTags.Base.UserComment}
_POINTERS = {ExifTags.IFD.Exif, ExifTags.IFD.GPSInfo, ExifTags.IFD.Interop}
# Orientation -> the transpose that shows the photo upright (as ImageOps.exif_transpose does it)
_UPRIGHT = {2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180, 4: Image.Transpose.FLIP_TOP_BOTTOM,
            5: Image.Transpose.TRANSPOSE, 6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE,
            8: Image.Transpose.ROTATE_90}
# What a hostile file can make Pillow raise while it is decoded or its EXIF parsed.
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError, KeyError, struct.error,
                  ZeroDivisionError, Image.DecompressionBombError)

Source = Path | bytes  # a file, or a photo already in memory (a downscaled copy); named by `name`


@dataclass(frozen=True, slots=True)
class PhotoInfo:
    """What a photo file is: its format, size as shown (orientation applied) and what its EXIF says."""

    format: str  # Pillow's name: JPEG, MPO, PNG, WEBP
    extension: str  # the store's: jpg, png, webp
    width: int
    height: int
    orientation: int  # EXIF 1-8; 1 when absent
    taken_at: dt.datetime | None  # camera wall-clock time (DateTimeOriginal, else DateTimeDigitized)
    latitude: float | None  # WGS84 decimal degrees from the GPS IFD
    longitude: float | None


def _name(source: Source, name: str | None) -> str:
    return name or (str(source) if isinstance(source, Path) else "the photo")


def _megapixels(pixels: int) -> str:
    if pixels >= 1_000_000_000:
        return f"{pixels / 1e9:.1f} gigapixels"
    return f"{pixels / 1e6:.0f} megapixels"


def _unknown_format(name: str, prefix: bytes) -> PhotoRejected:
    if prefix[4:8] == b"ftyp" and prefix[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"avif", b"hevc"):
        return PhotoRejected(f"{name}: an HEIC/AVIF photo, which fieldlog cannot read; export it from the phone or "
                             "photo app as JPEG and attach that.")
    Image.init()
    for fmt in Image.ID:
        _factory, accept = Image.OPEN[fmt]
        with contextlib.suppress(Exception):  # a plugin's sniffing of 16 hostile bytes is no reason to fail
            if accept is not None and accept(prefix) is True:
                return PhotoRejected(f"{name}: a {fmt} image; fieldlog takes photos as JPEG, PNG or WebP.")
    return PhotoRejected(f"{name}: not a photo fieldlog can read (it is not a JPEG, PNG or WebP image).")


@contextlib.contextmanager
def _opened(source: Source, name: str | None = None) -> Iterator[ImageFile.ImageFile]:
    """The image, identified and its claimed size checked; no pixel is decoded yet."""
    shown = _name(source, name)
    handle: IO[bytes]
    try:
        # closed by the `with handle` below: opening is apart only to name the file in the error
        handle = open(source, "rb") if isinstance(source, Path) else io.BytesIO(source)  # noqa: SIM115
    except FileNotFoundError:
        raise PhotoRejected(f"{shown}: there is no such file.", unreadable=True) from None
    except IsADirectoryError:
        raise PhotoRejected(f"{shown} is a folder, not a photo.", unreadable=True) from None
    except OSError as error:
        raise PhotoRejected(f"Cannot read {shown}: {error.strerror or error}.", unreadable=True) from None
    with handle:
        try:
            prefix = handle.read(16)
        except OSError as error:
            raise PhotoRejected(f"Cannot read {shown}: {error.strerror or error}.", unreadable=True) from None
        if not prefix:
            raise PhotoRejected(f"{shown}: the file is empty.")
        image = _identify(handle, prefix, shown)
        try:
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise PhotoRejected(f"{shown}: photo too large ({width:,} x {height:,} pixels, "
                                    f"{_megapixels(width * height)}); fieldlog takes photos of up to "
                                    f"{MAX_PIXELS // 1_000_000} megapixels.")
            yield image
        finally:
            image.close()


def _identify(handle: IO[bytes], prefix: bytes, shown: str) -> ImageFile.ImageFile:
    Image.preinit()
    for fmt in _PLUGINS:
        plugin = Image.OPEN.get(fmt)
        if plugin is None:
            continue  # WebP support not compiled into this Pillow
        factory, accept = plugin
        if accept is not None and accept(prefix) is not True:
            continue
        handle.seek(0)
        try:
            # The plugin reads the header only; unlike Image.open this applies no bomb check (see above).
            image = factory(handle, shown)
        except (SyntaxError, IndexError, TypeError, struct.error, EOFError, ValueError, KeyError) as error:
            raise PhotoRejected(f"{shown}: the photo is damaged (its {fmt} header cannot be read: {error}).") \
                from None
        except OSError as error:
            raise PhotoRejected(f"{shown}: the photo is damaged or cannot be read ({error}).") from None
        if not isinstance(image, ImageFile.ImageFile):  # what the plugins return; narrows for the type checker
            raise PhotoRejected(f"{shown}: not a photo fieldlog can read.")
        return image
    raise _unknown_format(shown, prefix)


def _exif(image: Image.Image) -> Image.Exif:
    try:
        return image.getexif()
    except _DECODE_ERRORS:
        return Image.Exif()  # damaged EXIF: the picture is still good, it just says nothing


def _orientation(exif: Image.Exif) -> int:
    value = exif.get(_ORIENTATION)
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _taken_at(exif: Image.Exif) -> dt.datetime | None:
    try:
        sub = exif.get_ifd(ExifTags.IFD.Exif)
    except _DECODE_ERRORS:
        return None
    for tag in _DATE_TAGS:
        text = sub.get(tag)
        if isinstance(text, bytes):
            text = text.decode("ascii", "replace")
        if not isinstance(text, str):
            continue
        try:  # "2026:05:31 09:12:44"; cameras without a set clock write zeros or blanks
            return dt.datetime.strptime(text.strip("\x00 ")[:19], "%Y:%m:%d %H:%M:%S")
        except ValueError:
            continue
    return None


def _degrees(value: Any, ref: Any, negative: str) -> float | None:
    try:
        d, m, s = (float(part) for part in value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if isinstance(ref, bytes):
        ref = ref.decode("ascii", "replace")
    result = d + m / 60 + s / 3600
    return -result if isinstance(ref, str) and ref.strip("\x00 ").upper() == negative else result


def _position(exif: Image.Exif) -> tuple[float | None, float | None]:
    try:
        gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    except _DECODE_ERRORS:
        return None, None
    latitude = _degrees(gps.get(ExifTags.GPS.GPSLatitude), gps.get(ExifTags.GPS.GPSLatitudeRef), "S")
    longitude = _degrees(gps.get(ExifTags.GPS.GPSLongitude), gps.get(ExifTags.GPS.GPSLongitudeRef), "W")
    if latitude is None or longitude is None or not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None, None
    if latitude == 0 and longitude == 0:
        return None, None  # a receiver without a fix writes zeros; nobody restores the Gulf of Guinea's 0,0
    return round(latitude, 7), round(longitude, 7)  # 1 cm: more digits are noise of the rationals


def _info(image: ImageFile.ImageFile, exif: Image.Exif) -> PhotoInfo:
    fmt = image.format or "JPEG"
    orientation = _orientation(exif)
    width, height = image.size
    if orientation >= 5:  # rotated a quarter turn: shown the other way round
        width, height = height, width
    latitude, longitude = _position(exif)
    return PhotoInfo(fmt, FORMATS.get(fmt, "jpg"), width, height, orientation, _taken_at(exif), latitude, longitude)


def read_photo_info(source: Source, name: str | None = None) -> PhotoInfo:
    """Format, size and EXIF date, position and orientation of a photo, from its header (no decoding)."""
    with _opened(source, name) as image:
        return _info(image, _exif(image))


def _decoded(image: ImageFile.ImageFile, shown: str) -> None:
    try:
        image.load()
    except _DECODE_ERRORS as error:
        text = str(error)
        if "truncated" in text or "broken data stream" in text or isinstance(error, EOFError):
            raise PhotoRejected(f"{shown}: the photo is damaged (truncated: the file ends before the picture "
                                "does). Copy it again from the camera or phone.") from None
        raise PhotoRejected(f"{shown}: the photo is damaged and cannot be decoded ({text or type(error).__name__})."
                            ) from None


def _rgb(image: Image.Image) -> Image.Image:
    if image.mode in ("RGB", "L"):
        return image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))  # transparent parts on white, not black
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return image.convert("RGB")


def thumbnail_with_info(source: Source, size: int = THUMBNAIL_SIZE, name: str | None = None,
                        ) -> tuple[bytes, PhotoInfo]:
    """A JPEG thumbnail (longest side `size`, shown upright) and the photo's facts; decoding the photo
    also proves it is whole, so a damaged one is refused here."""
    shown = _name(source, name)
    with _opened(source, name) as image:
        exif = _exif(image)
        info = _info(image, exif)
        if image.format in ("JPEG", "MPO"):
            # DCT scaling while decoding: a 12-megapixel JPEG decodes at 1/8 size, several times faster.
            box = _fitted(image.size, size * 2)  # twice the target, as Image.thumbnail's reducing_gap does
            image.draft("RGB" if image.mode == "RGB" else None, box)
        _decoded(image, shown)
        try:
            image.thumbnail((size, size), Image.Resampling.LANCZOS)
            shown_image = _rgb(image)
            if info.orientation in _UPRIGHT:
                shown_image = shown_image.transpose(_UPRIGHT[info.orientation])
            out = io.BytesIO()
            shown_image.save(out, "JPEG", quality=THUMBNAIL_QUALITY)
        except _DECODE_ERRORS as error:
            raise PhotoRejected(f"{shown}: the photo cannot be made into a thumbnail ({error}).") from None
    return out.getvalue(), info


def make_thumbnail(source: Source, size: int = THUMBNAIL_SIZE, name: str | None = None) -> bytes:
    """A JPEG thumbnail of a photo whose longest side is `size`, upright as its EXIF orientation says."""
    return thumbnail_with_info(source, size, name)[0]


def verify_photo(source: Source, name: str | None = None) -> PhotoInfo:
    """The photo's facts once it has been decoded in full (so a truncated file is refused)."""
    shown = _name(source, name)
    with _opened(source, name) as image:
        info = _info(image, _exif(image))
        _decoded(image, shown)
        return info


def _fitted(size: tuple[int, int], longest: int) -> tuple[int, int]:
    width, height = size
    scale = min(1.0, longest / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def downscale(source: Source, max_side: int, name: str | None = None) -> bytes | None:
    """A smaller copy whose longest side is `max_side`, in the same format, keeping its EXIF (date, GPS,
    orientation) and colour profile; None when the photo is no larger than that already."""
    if max_side < 1:
        raise ValueError("max_side must be at least 1")
    shown = _name(source, name)
    with _opened(source, name) as image:
        if max(image.size) <= max_side:
            return None
        exif = _exif(image)
        fmt = image.format or "JPEG"
        icc = image.info.get("icc_profile")
        target = _fitted(image.size, max_side)
        if fmt in ("JPEG", "MPO"):
            image.draft("RGB" if image.mode == "RGB" else None, (target[0] * 2, target[1] * 2))
        _decoded(image, shown)
        try:
            small = image.resize(target, Image.Resampling.LANCZOS)
            sub = exif.get_ifd(ExifTags.IFD.Exif)
            if _EXIF_WIDTH in sub or _EXIF_HEIGHT in sub:  # would say the old size
                sub[_EXIF_WIDTH], sub[_EXIF_HEIGHT] = target
            # Exif.tobytes writes IFD0 with the Exif and GPS IFDs, never IFD1: the old embedded thumbnail goes.
            options: dict[str, Any] = {"exif": exif.tobytes()}
            if icc:
                options["icc_profile"] = icc
            out = io.BytesIO()
            if fmt in ("JPEG", "MPO"):
                _rgb(small).save(out, "JPEG", quality=DOWNSCALE_QUALITY, **options)
            elif fmt == "WEBP":
                small.save(out, "WEBP", quality=DOWNSCALE_QUALITY, **options)
            else:
                small.save(out, "PNG", **options)
        except _DECODE_ERRORS as error:
            raise PhotoRejected(f"{shown}: the photo could not be made smaller ({error}).") from None
    return out.getvalue()


# -- copies for sharing ---------------------------------------------------------------------------------


def sharing_exif(exif: Image.Exif) -> bytes:
    """EXIF (as the bytes of an APP1 payload, "Exif\\0\\0" first) without GPS, owner, serial numbers and thumbnail."""
    clean = Image.Exif()
    for tag, value in exif.items():
        if tag not in _POINTERS and tag not in _PERSONAL_IFD0:
            clean[tag] = value
    try:
        sub = {tag: value for tag, value in exif.get_ifd(ExifTags.IFD.Exif).items()
               if tag not in _PERSONAL_EXIF and tag not in _POINTERS}
    except _DECODE_ERRORS:
        sub = {}
    if sub:
        clean[ExifTags.IFD.Exif] = sub
    # A new Exif holds no GPS IFD and no IFD1 (the embedded thumbnail); tobytes writes only what it holds.
    return clean.tobytes()


_KEEP_APP = {0xE0, 0xE2, 0xEE}  # JFIF, ICC profile, Adobe (colour transform); others carry metadata
_DROP_APP_PREFIXES = (b"JFXX\x00", b"MPF\x00")  # JFIF thumbnail; multi-picture index (its pictures go too)


def _segments_for_sharing(data: bytes, exif_payload: bytes) -> bytes:
    """The JPEG with its metadata segments replaced: cleaned EXIF, no XMP/IPTC/comments/thumbnails, and
    nothing after the first picture (an MPO's second picture has EXIF of its own). Pixels are untouched."""
    if data[:2] != b"\xff\xd8":
        raise ValueError("no JPEG start marker")
    out = bytearray(b"\xff\xd8")
    exif = b""
    if exif_payload and len(exif_payload) <= 65533:
        exif = b"\xff\xe1" + struct.pack(">H", len(exif_payload) + 2) + exif_payload
    pos = 2
    while pos < len(data):
        if exif and data[pos + 1] != 0xE0:  # after a JFIF APP0 (which must come first), before the rest
            out += exif
            exif = b""
        if data[pos] != 0xFF:
            raise ValueError(f"expected a marker at {pos}")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xD9:  # end of image: what follows is not part of this picture
            out += b"\xff\xd9"
            return bytes(out)
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out += data[pos:pos + 2]
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2:pos + 4])
        segment = data[pos:pos + 2 + length]
        payload = segment[4:]
        pos += 2 + length
        drop = ((0xE0 <= marker <= 0xEF and marker not in _KEEP_APP) or marker == 0xFE
                or payload.startswith(_DROP_APP_PREFIXES))
        if not drop:
            out += segment
        if marker == 0xDA:  # start of scan: copy its coded data up to the next marker
            end = pos
            while True:
                end = data.index(b"\xff", end)
                following = data[end + 1]
                if following == 0x00 or 0xD0 <= following <= 0xD7:
                    end += 2
                    continue
                if following == 0xFF:
                    end += 1
                    continue
                break
            out += data[pos:end]
            pos = end
    raise ValueError("no end of image marker")


def shared_copy(source: Source, name: str | None = None) -> bytes:
    """A copy of the photo for people outside the team: no GPS position, owner, camera or lens serial
    number, maker notes, XMP or embedded thumbnail; date, orientation and camera model stay.

    A JPEG keeps its coded picture byte for byte (only metadata segments change); PNG and WebP are
    written again by Pillow with the cleaned EXIF only.
    """
    shown = _name(source, name)
    data = source.read_bytes() if isinstance(source, Path) else source
    with _opened(data, shown) as image:
        exif = _exif(image)
        payload = sharing_exif(exif) if len(exif) else b""  # starts with the APP1 header "Exif\0\0"
        fmt = image.format
        if fmt in ("JPEG", "MPO"):
            try:
                return _segments_for_sharing(data, payload)
            except (ValueError, IndexError, struct.error):
                pass  # an odd but decodable JPEG: Pillow writes it again below
        _decoded(image, shown)
        out = io.BytesIO()
        options: dict[str, Any] = {"exif": payload} if payload else {}
        if icc := image.info.get("icc_profile"):
            options["icc_profile"] = icc
        try:
            if fmt in ("JPEG", "MPO"):
                _rgb(image).save(out, "JPEG", quality=95, **options)
            elif fmt == "WEBP":
                image.save(out, "WEBP", quality=90, **options)
            else:
                image.save(out, "PNG", **options)
        except _DECODE_ERRORS as error:
            raise PhotoRejected(f"{shown}: a copy for sharing could not be written ({error}).") from None
        return out.getvalue()

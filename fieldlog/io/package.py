"""The exchange package (`.fieldlog`): writing one, and reading one that may be damaged or hostile.

A package is a zip holding `manifest.json` and one JSON Lines member per table (`sites.jsonl`, …), later
also photos under `photos/<sha256>.<ext>`. Every row is a JSON object with every column of the table;
UUIDs, dates and times are ISO text, floats are written by `repr` (so they read back bit for bit), and
bookkeeping times are naive UTC like the database's. The manifest lists every member's SHA-256 and size.

Reading never extracts anything to disk: members are streamed with `ZipFile.open`, hashed while they are
read, and checked against the manifest at their end. Before any member is read the whole archive is
checked: member names (no `..`, absolute paths, backslashes, symlinks, duplicates), that the members are
exactly the manifest's, sizes within limits and compression ratios that no normal package has. Every
problem is a `PackageRejected` naming the file and, for rows, the member, line and field.

This module knows nothing of the database: the services describe each table as a `TableSpec`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import math
import re
import stat
import uuid
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import IO, Any, BinaryIO, Final

from fieldlog.domain.errors import PackageRejected
from fieldlog.domain.units import byte_size_text

FORMAT: Final = "fieldlog-package"
FORMAT_VERSION: Final = 1
MANIFEST: Final = "manifest.json"
PHOTOS: Final = "photos/"

_READ_CHUNK = 1 << 20
_PHOTO_NAME = re.compile(r"photos/([0-9a-f]{64})\.[a-z0-9]{1,5}")
_TABLE_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_INT_MIN, _INT_MAX = -(2**63), 2**63 - 1


@dataclass(frozen=True, slots=True)
class Limits:
    """What a package may hold before it is refused as not a normal package (a zip bomb, say).

    Photos may make a season's package large, so the total is generous; the ratio catches bombs, which
    expand hundreds of times, while JSON Lines of records compress about 10 to 30 times.
    """

    members: int = 50_000
    total_bytes: int = 8 * 2**30
    ratio: int = 200
    ratio_floor: int = 1 << 20  # smaller members may compress as they like: they cannot expand far
    manifest_bytes: int = 16 * 2**20
    line_bytes: int = 4 * 2**20


LIMITS = Limits()


class ColumnType(StrEnum):
    """How a column's values are written in JSON."""

    UUID = "uuid"
    DATETIME = "datetime"
    DATE = "date"
    FLOAT = "float"
    INTEGER = "integer"
    BOOLEAN = "boolean"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table: its name, type, whether it may be empty and its longest text."""

    name: str
    type: ColumnType
    nullable: bool = True
    length: int | None = None


@dataclass(frozen=True, slots=True)
class TableSpec:
    """A table as the package holds it: its name and columns in order."""

    name: str
    columns: tuple[Column, ...]

    @property
    def member(self) -> str:
        """The zip member holding the table's rows."""
        return f"{self.name}.jsonl"

    @property
    def names(self) -> tuple[str, ...]:
        """The column names in order."""
        return tuple(column.name for column in self.columns)


@dataclass(frozen=True, slots=True)
class MemberInfo:
    """What the manifest says of one member."""

    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class TableInfo:
    """What the manifest says of one table: how many rows, and its columns with their types."""

    records: int
    columns: dict[str, str]


@dataclass(frozen=True, slots=True)
class Manifest:
    """The package's manifest, checked."""

    format_version: int
    app_version: str
    schema_revision: str
    created_at: dt.datetime  # naive UTC
    since: dt.date | None
    for_sharing: bool
    database_id: uuid.UUID | None  # the database it was exported from
    exchanges: dict[uuid.UUID, dt.datetime]  # per database: the newest of its packages this one merged
    tables: dict[str, TableInfo]
    members: dict[str, MemberInfo]

    @property
    def records(self) -> int:
        """How many rows the package holds in all."""
        return sum(table.records for table in self.tables.values())


# -- writing --------------------------------------------------------------------------------------------

def _json_default(value: object) -> str:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.date):  # datetime too (a subclass)
        return value.isoformat()
    raise TypeError(f"cannot write a {type(value).__name__} into a package")


_ENCODER = json.JSONEncoder(default=_json_default, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def encode_row(names: Sequence[str], values: Sequence[Any]) -> str:
    """One row as its JSON line (without the newline)."""
    return _ENCODER.encode(dict(zip(names, values, strict=True)))


def canonical_hash(row: Mapping[str, Any]) -> str:
    """A stable SHA-256 of a row's values, the same on every machine (merges break ties with it)."""
    text = json.dumps(row, default=_json_default, ensure_ascii=False, allow_nan=False, sort_keys=True,
                      separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class _HashingWriter:
    """A writable member that hashes and counts what goes through it."""

    def __init__(self, target: IO[bytes]) -> None:
        self.target = target
        self.sha = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> None:
        self.sha.update(data)
        self.size += len(data)
        self.target.write(data)


class PackageWriter:
    """Writes a package into an (already temporary) path: tables one by one, then the manifest last."""

    def __init__(self, path: Path, *, app_version: str, schema_revision: str, created_at: dt.datetime,
                 since: dt.date | None = None, for_sharing: bool = False, database_id: uuid.UUID | None = None,
                 exchanges: Mapping[uuid.UUID, dt.datetime] | None = None) -> None:
        self._file: BinaryIO = open(path, "wb")  # noqa: SIM115 (closed by finish() or _abandon())
        try:
            self._zip = zipfile.ZipFile(self._file, "w", zipfile.ZIP_DEFLATED, compresslevel=3)
        except BaseException:
            self._file.close()
            raise
        self._manifest: dict[str, Any] = {
            "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": app_version,
            "schema_revision": schema_revision,
            "created_at": created_at.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z",
            "since": since.isoformat() if since is not None else None, "for_sharing": for_sharing,
            "database_id": str(database_id) if database_id is not None else None,
            "exchanges": {str(key): value.isoformat(timespec="microseconds") + "Z"
                          for key, value in sorted((exchanges or {}).items())},
            "tables": {}, "members": {}}
        self._closed = False

    def __enter__(self) -> PackageWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if kind is None:
            self.finish()
        else:
            self._abandon()

    def write_table(self, spec: TableSpec, chunks: Iterable[Sequence[Sequence[Any]]]) -> int:
        """Write a table's rows (tuples in column order, a chunk at a time); returns how many."""
        names = spec.names
        count = 0
        with self._zip.open(spec.member, "w", force_zip64=True) as raw:
            out = _HashingWriter(raw)
            for chunk in chunks:
                if not chunk:
                    continue
                lines = [encode_row(names, row) for row in chunk]
                out.write(("\n".join(lines) + "\n").encode("utf-8"))
                count += len(lines)
        self._manifest["tables"][spec.name] = {
            "member": spec.member, "records": count,
            "columns": {column.name: column.type.value for column in spec.columns}}
        self._manifest["members"][spec.member] = {"sha256": out.sha.hexdigest(), "size": out.size}
        return count

    def write_photo(self, sha256: str, extension: str, chunks: Iterable[bytes]) -> None:
        """Add a picture as `photos/<sha256>.<extension>` (stored, not deflated: pictures are compressed).

        ValueError when its bytes do not have that SHA-256: the package is then unusable (a reader refuses
        a member its manifest does not list), and the caller abandons it."""
        member = photo_member(sha256, extension)
        if member in self._manifest["members"]:
            return
        with self._zip.open(zipfile.ZipInfo(member, date_time=(1980, 1, 1, 0, 0, 0)), "w", force_zip64=True) as raw:
            out = _HashingWriter(raw)
            for chunk in chunks:
                out.write(chunk)
        if out.sha.hexdigest() != sha256:
            raise ValueError(f"the picture {member} changed while it was written")
        self._manifest["members"][member] = {"sha256": sha256, "size": out.size}

    def finish(self) -> None:
        """Write the manifest and close the file (flushed; the caller fsyncs and renames it)."""
        if self._closed:
            return
        data = json.dumps(self._manifest, ensure_ascii=False, indent=1).encode("utf-8")
        try:
            self._zip.writestr(MANIFEST, data)
        except BaseException:
            self._abandon()  # a full disk here must not leave the file open (Windows could not delete it)
            raise
        self._closed = True
        try:
            self._zip.close()
            self._file.flush()
        finally:
            self._file.close()

    def _abandon(self) -> None:
        # The partial file is thrown away by the caller; closing must not hide the original error.
        if self._closed:
            return
        self._closed = True
        try:
            with contextlib.suppress(Exception):
                self._zip.close()
        finally:
            with contextlib.suppress(OSError):
                self._file.close()


# -- reading --------------------------------------------------------------------------------------------

def _unsafe_name(name: str) -> str | None:
    """Why a member name is unsafe to have in a package, or None when it is fine."""
    if not name:
        return "an empty name"
    if "\\" in name:
        return "it contains a backslash"
    if any(ord(c) < 32 for c in name):
        return "it contains a control character"
    if name.startswith("/") or re.match(r"[A-Za-z]:", name):
        return "it is an absolute path"
    parts = name.split("/")
    if any(part == ".." for part in parts):
        return "its '..' points outside the package"
    if any(part in ("", ".") for part in parts):
        return "it has an empty or '.' part"
    return None


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def _utc_text(value: object, what: str, name: str) -> dt.datetime:
    if not isinstance(value, str):
        raise PackageRejected(f"{name}: the manifest is malformed ({what} is not a time)")
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00") if value.endswith("Z") else value)
    except ValueError:
        raise PackageRejected(f"{name}: the manifest is malformed ({what} '{value[:40]}' is not a time)") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


def _reject_constant(token: str) -> Any:
    raise ValueError(f"{token} is not a number fieldlog stores")


def _parse_manifest(data: bytes, name: str) -> Manifest:
    try:
        raw = json.loads(data.decode("utf-8"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise PackageRejected(f"{name}: the package's manifest.json is not valid JSON; the package is "
                              "damaged") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise PackageRejected(f"{name}: not a fieldlog package (its manifest.json is not a fieldlog manifest)")
    version = raw.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PackageRejected(f"{name}: the manifest is malformed (format_version {version!r})")
    if version > FORMAT_VERSION:
        app = raw.get("app_version")
        by = f" (fieldlog {app})" if isinstance(app, str) and len(app) < 40 else ""
        raise PackageRejected(f"{name}: the package was made by a newer fieldlog{by} in package format "
                              f"{version}; this fieldlog reads format {FORMAT_VERSION}. Update fieldlog to "
                              "merge it.")

    def text(key: str) -> str:
        value = raw.get(key)
        if not isinstance(value, str) or len(value) > 200:
            raise PackageRejected(f"{name}: the manifest is malformed ({key} is missing or not text)")
        return value

    since_raw = raw.get("since")
    since = None
    if since_raw is not None:
        try:
            since = dt.date.fromisoformat(since_raw) if isinstance(since_raw, str) else None
        except ValueError:
            since = None
        if since is None:
            raise PackageRejected(f"{name}: the manifest is malformed (since {since_raw!r} is not a date)")
    database_id = None
    if raw.get("database_id") is not None:
        database_id = _manifest_uuid(raw["database_id"], "database_id", name)
    exchanges_raw = raw.get("exchanges") or {}
    if not isinstance(exchanges_raw, dict) or len(exchanges_raw) > 100_000:
        raise PackageRejected(f"{name}: the manifest is malformed (exchanges)")
    exchanges = {_manifest_uuid(key, "exchanges", name): _utc_text(value, "an exchange time", name)
                 for key, value in exchanges_raw.items()}
    tables = _manifest_tables(raw.get("tables"), name)
    members = _manifest_members(raw.get("members"), name)
    for_sharing = raw.get("for_sharing", False)
    if not isinstance(for_sharing, bool):
        raise PackageRejected(f"{name}: the manifest is malformed (for_sharing)")
    return Manifest(format_version=version, app_version=text("app_version"), schema_revision=text("schema_revision"),
                    created_at=_utc_text(raw.get("created_at"), "created_at", name), since=since,
                    for_sharing=for_sharing, database_id=database_id, exchanges=exchanges, tables=tables,
                    members=members)


def _manifest_uuid(value: object, what: str, name: str) -> uuid.UUID:
    try:
        if isinstance(value, str) and len(value) == 36:
            return uuid.UUID(value)
    except ValueError:
        pass
    raise PackageRejected(f"{name}: the manifest is malformed ({what} holds '{str(value)[:40]}', not an id)")


def _manifest_tables(raw: object, name: str) -> dict[str, TableInfo]:
    if not isinstance(raw, dict):
        raise PackageRejected(f"{name}: the manifest is malformed (it lists no tables)")
    tables: dict[str, TableInfo] = {}
    for table, info in raw.items():
        if not isinstance(table, str) or not _TABLE_NAME.fullmatch(table) or not isinstance(info, dict):
            raise PackageRejected(f"{name}: the manifest is malformed (table {str(table)[:40]!r})")
        records, columns = info.get("records"), info.get("columns")
        if (not isinstance(records, int) or isinstance(records, bool) or records < 0
                or info.get("member", f"{table}.jsonl") != f"{table}.jsonl"
                or not isinstance(columns, dict)
                or not all(isinstance(k, str) and isinstance(v, str) for k, v in columns.items())):
            raise PackageRejected(f"{name}: the manifest is malformed (table {table})")
        tables[table] = TableInfo(records, dict(columns))
    return tables


def _manifest_members(raw: object, name: str) -> dict[str, MemberInfo]:
    if not isinstance(raw, dict):
        raise PackageRejected(f"{name}: the manifest is malformed (it lists no members)")
    members: dict[str, MemberInfo] = {}
    for member, info in raw.items():
        if not isinstance(member, str) or not isinstance(info, dict):
            raise PackageRejected(f"{name}: the manifest is malformed (members)")
        problem = _unsafe_name(member)
        if problem is not None:
            raise PackageRejected(f"{name}: unsafe path '{member[:200]}' in package: {problem}; nothing was "
                                  "read")
        sha, size = info.get("sha256"), info.get("size")
        if (not isinstance(sha, str) or not _SHA256.fullmatch(sha) or not isinstance(size, int)
                or isinstance(size, bool) or size < 0):
            raise PackageRejected(f"{name}: the manifest is malformed (member {member[:200]})")
        members[member] = MemberInfo(sha, size)
    return members


def _decode_uuid(value: object) -> uuid.UUID:
    if type(value) is str and len(value) == 36 and value[8] == value[13] == value[18] == value[23] == "-":
        digits = value.replace("-", "")
        if len(digits) == 32 and digits.isalnum():  # no spaces, which fromhex() would skip
            return uuid.UUID(bytes=bytes.fromhex(digits))  # ValueError when not hex; faster than UUID(text)
    raise ValueError("expected an id like 1b4e28ba-2fa1-11d2-883f-0016d3cca427")


def _decode_datetime(value: object) -> dt.datetime:
    if isinstance(value, str) and 10 <= len(value) <= 32:
        moment = dt.datetime.fromisoformat(value)
        if moment.tzinfo is None:
            return moment
    raise ValueError("expected a date and time like 2026-05-31T09:00:00")


def _decode_date(value: object) -> dt.date:
    if isinstance(value, str) and len(value) == 10:
        return dt.date.fromisoformat(value)
    raise ValueError("expected a date like 2026-05-31")


def _decode_float(value: object) -> float:
    if type(value) is float or type(value) is int:
        number = float(value)
        if math.isfinite(number):
            return number
    raise ValueError("expected a finite number")


def _decode_int(value: object) -> int:
    if type(value) is int and _INT_MIN <= value <= _INT_MAX:
        return value
    raise ValueError("expected a whole number")


def _decode_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise ValueError("expected true or false")


def _decode_text(value: object) -> str:
    if type(value) is str:
        return value
    raise ValueError("expected text")


_DECODERS = {ColumnType.UUID: _decode_uuid, ColumnType.DATETIME: _decode_datetime, ColumnType.DATE: _decode_date,
             ColumnType.FLOAT: _decode_float, ColumnType.INTEGER: _decode_int, ColumnType.BOOLEAN: _decode_bool,
             ColumnType.TEXT: _decode_text}


class PackageReader:
    """An open package, checked as a whole; its tables are then read row by row (and verified)."""

    def __init__(self, path: Path, limits: Limits | None = None) -> None:
        self.path = path
        self.name = path.name
        self.limits = limits or LIMITS
        self._verified: set[str] = set()
        try:
            self._file: BinaryIO = open(path, "rb")  # noqa: SIM115 (kept open until close())
        except OSError as error:
            raise PackageRejected(f"{self.name}: cannot be read ({error.strerror or error})") from error
        try:
            self.sha256, self.size = self._hash_file()
            self._zip = self._open_zip()
            try:
                self.manifest = self._check()
            except BaseException:
                self._zip.close()
                raise
        except BaseException:
            self._file.close()
            raise

    def __enter__(self) -> PackageReader:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close the file (the same handle served every read, so a file swapped meanwhile is never read)."""
        self._zip.close()
        self._file.close()

    def _hash_file(self) -> tuple[str, int]:
        sha = hashlib.sha256()
        size = 0
        while chunk := self._file.read(_READ_CHUNK):
            sha.update(chunk)
            size += len(chunk)
        self._file.seek(0)
        return sha.hexdigest(), size

    def _open_zip(self) -> zipfile.ZipFile:
        head = self._file.read(4)
        self._file.seek(0)
        if self.size == 0:
            raise PackageRejected(f"{self.name}: not a fieldlog package (the file is empty)")
        try:
            return zipfile.ZipFile(self._file)
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError):
            if head == b"PK\x03\x04":
                raise PackageRejected(f"{self.name}: the package is damaged or incomplete (it may have been cut "
                                      "off while copying or downloading); nothing was read") from None
            raise PackageRejected(f"{self.name}: not a fieldlog package (it is not a zip file)") from None

    def _check(self) -> Manifest:
        name, limits = self.name, self.limits
        infos = self._zip.infolist()
        if len(infos) > limits.members:
            raise PackageRejected(f"{name}: the package has {len(infos):,} members; fieldlog reads at most "
                                  f"{limits.members:,}")
        seen: set[str] = set()
        for info in infos:
            member = info.filename
            problem = _unsafe_name(member)
            if problem is not None:
                raise PackageRejected(f"{name}: unsafe path '{member[:200]}' in package: {problem}; "
                                      "nothing was read")
            if _is_symlink(info):
                raise PackageRejected(f"{name}: the package holds a symbolic link ('{member[:200]}'), which no "
                                      "fieldlog package has; nothing was read")
            if member in seen:
                raise PackageRejected(f"{name}: the member '{member[:200]}' appears twice in the package; "
                                      "nothing was read")
            seen.add(member)
            if info.flag_bits & 0x1:
                raise PackageRejected(f"{name}: the member '{member[:200]}' is encrypted; fieldlog packages "
                                      "never are")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise PackageRejected(f"{name}: the member '{member[:200]}' uses a compression fieldlog does "
                                      "not read")
        total = sum(info.file_size for info in infos)
        if total > limits.total_bytes:
            raise PackageRejected(f"{name}: the package expands to {byte_size_text(total)} when unpacked; the "
                                  f"limit is {byte_size_text(limits.total_bytes)}")
        for info in infos:
            if info.file_size > limits.ratio_floor and info.file_size > limits.ratio * max(info.compress_size, 1):
                ratio = info.file_size // max(info.compress_size, 1)
                raise PackageRejected(f"{name}: the member '{info.filename}' expands {ratio:,} times its packed "
                                      f"size (the limit is {limits.ratio}); this is not a normal package")
        if MANIFEST not in seen:
            raise PackageRejected(f"{name}: not a fieldlog package (it is a zip file without a manifest.json)")
        manifest_info = self._zip.getinfo(MANIFEST)
        if manifest_info.file_size > limits.manifest_bytes:
            raise PackageRejected(f"{name}: the manifest is {byte_size_text(manifest_info.file_size)}; no normal "
                                  "package has one that large")
        manifest = _parse_manifest(self._read_small(manifest_info), name)
        listed = set(manifest.members)
        unlisted = sorted(seen - listed - {MANIFEST})
        if unlisted:
            raise PackageRejected(f"{name}: the package holds '{unlisted[0][:200]}', which its manifest does not "
                                  f"list{f' (and {len(unlisted) - 1:,} more)' if len(unlisted) > 1 else ''}; it "
                                  "may have been tampered with")
        missing = sorted(listed - seen)
        if missing:
            raise PackageRejected(f"{name}: the member '{missing[0][:200]}' listed in the manifest is missing; the "
                                  "package is incomplete")
        for table in manifest.tables:
            if f"{table}.jsonl" not in listed:
                raise PackageRejected(f"{name}: the manifest lists the table '{table}' but not its member")
        tables = {f"{table}.jsonl" for table in manifest.tables}
        for member, promised in manifest.members.items():
            photo = _PHOTO_NAME.fullmatch(member)
            if member not in tables and photo is None:
                raise PackageRejected(f"{name}: the package holds '{member[:200]}', which is neither a table nor "
                                      "a photo")
            if photo is not None and photo.group(1) != promised.sha256:
                raise PackageRejected(f"{name}: the photo '{member}' is not named by its SHA-256; the package is "
                                      "damaged")
            actual = self._zip.getinfo(member).file_size
            if actual != promised.size:
                raise PackageRejected(f"{name}: the member '{member}' holds {actual:,} bytes but the manifest says "
                                      f"{promised.size:,}; the package is damaged or was tampered with")
        return manifest

    def _read_small(self, info: zipfile.ZipInfo) -> bytes:
        try:
            with self._zip.open(info) as handle:
                return handle.read(self.limits.manifest_bytes + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):
            raise PackageRejected(f"{self.name}: the manifest cannot be unpacked; the package is damaged") from None

    def _chunks(self, member: str) -> Iterator[bytes]:
        """The member's bytes a chunk at a time; its size and SHA-256 are checked at its end."""
        expected = self.manifest.members[member]
        sha = hashlib.sha256()
        size = 0
        try:
            with self._zip.open(member) as handle:
                while chunk := handle.read(_READ_CHUNK):
                    size += len(chunk)
                    if size > expected.size:
                        break
                    sha.update(chunk)
                    yield chunk
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as error:
            raise PackageRejected(f"{self.name}: the member '{member}' cannot be unpacked ({error}); the package "
                                  "is damaged") from None
        except OSError as error:
            raise PackageRejected(f"{self.name}: reading the member '{member}' failed "
                                  f"({error.strerror or error})") from error
        if size != expected.size or sha.hexdigest() != expected.sha256:
            raise PackageRejected(f"{self.name}: the member '{member}' does not match the SHA-256 in the "
                                  "manifest; the package is damaged or was changed after it was made")
        self._verified.add(member)

    def _lines(self, member: str) -> Iterator[tuple[int, bytes]]:
        pending = b""
        number = 0
        for chunk in self._chunks(member):
            pending += chunk
            *lines, pending = pending.split(b"\n")
            for line in lines:
                number += 1
                yield number, line
            if len(pending) > self.limits.line_bytes:
                raise PackageRejected(f"{self.name}: {member} line {number + 1} is longer than "
                                      f"{byte_size_text(self.limits.line_bytes)}; the package is damaged")
        if pending:
            yield number + 1, pending

    def rows(self, spec: TableSpec) -> Iterator[tuple[int, dict[str, Any]]]:
        """The table's rows as (line number, {column: value}); nothing when the package lacks the table.

        Every value is checked against its column (type, empty or not, text length); the member's hash is
        checked once its last row has been read, so a caller must read to the end before trusting any.
        """
        table = self.manifest.tables.get(spec.name)
        if table is None:
            return
        known = {column.name: column for column in spec.columns}
        for column_name, kind in table.columns.items():
            column = known.get(column_name)
            if column is None:
                raise PackageRejected(f"{self.name}: the package's {spec.name} have a column '{column_name[:80]}' "
                                      "this fieldlog does not know; update fieldlog to merge it")
            if kind != column.type.value:
                raise PackageRejected(f"{self.name}: the package's column {spec.name}.{column_name} holds "
                                      f"{kind[:40]} values, not {column.type.value}")
        member = spec.member
        # Every column of the row is present (writers write them all), most of them empty: looked at column
        # by column, texts checked inline, other types decoded only when not empty.
        texts = [(column.name, column.length) for column in spec.columns if column.type is ColumnType.TEXT]
        typed = [(column.name, _DECODERS[column.type]) for column in spec.columns
                 if column.type is not ColumnType.TEXT]
        required = [column.name for column in spec.columns if not column.nullable]
        blank = dict.fromkeys(spec.names)
        decoder = json.JSONDecoder(parse_constant=_reject_constant)  # one for all lines: json.loads makes one each
        count = 0
        at = f"{self.name}: {member} line "
        for number, line in self._lines(member):
            try:
                raw = decoder.decode(line.decode("utf-8"))
            except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
                if not line.strip():
                    raise PackageRejected(f"{at}{number} is empty; the package is damaged") from None
                raise PackageRejected(f"{at}{number} is not valid JSON; the package is damaged") from None
            except ValueError as error:  # NaN or Infinity
                raise PackageRejected(f"{at}{number}: {error}") from None
            if type(raw) is not dict:
                raise PackageRejected(f"{at}{number} is not a record (a JSON object); the package is damaged")
            row = blank.copy()
            row.update(raw)
            if len(row) != len(blank):
                unknown = next(name for name in raw if name not in blank)
                raise PackageRejected(f"{at}{number}: unknown field '{str(unknown)[:80]}'")
            for name, length in texts:
                value = row[name]
                if value is not None and (type(value) is not str or (length is not None and len(value) > length)):
                    if type(value) is not str:
                        raise PackageRejected(f"{at}{number}: {name}: expected text, found {json.dumps(value)[:60]}")
                    raise PackageRejected(f"{at}{number}: {name} is longer than {length} characters")
            name = ""
            try:
                for name, decode in typed:
                    value = row[name]
                    if value is not None:
                        row[name] = decode(value)
            except ValueError as error:
                raise PackageRejected(f"{at}{number}: {name}: {error}, found {json.dumps(row[name])[:60]}") from None
            for name in required:
                if row[name] is None:
                    raise PackageRejected(f"{at}{number}: {name} is missing")
            count += 1
            yield number, row
        if count != table.records:
            raise PackageRejected(f"{self.name}: {member} holds {count:,} records but the manifest says "
                                  f"{table.records:,}; the package is damaged")

    def photos(self) -> dict[str, str]:
        """The package's pictures: {sha256: member}."""
        found = {}
        for member in self.manifest.members:
            photo = _PHOTO_NAME.fullmatch(member)
            if photo is not None:
                found[photo.group(1)] = member
        return found

    def member_chunks(self, member: str) -> Iterator[bytes]:
        """A member's bytes a chunk at a time, its size and SHA-256 checked at its end (PackageRejected)."""
        return self._chunks(member)

    def verify_rest(self) -> None:
        """Read and check every member not read yet (photos), so nothing unverified is trusted."""
        for member in self.manifest.members:
            if member not in self._verified:
                for _chunk in self._chunks(member):
                    pass


def photo_member(sha256: str, extension: str) -> str:
    """The member name of a picture in a package."""
    return f"{PHOTOS}{sha256}.{extension}"


def is_package(path: Path) -> bool:
    """True when `path` is a zip whose manifest.json says it is a fieldlog package (any format version)."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(MANIFEST)
            if info.file_size > LIMITS.manifest_bytes:
                return False
            with archive.open(info) as handle:
                raw = json.loads(handle.read(LIMITS.manifest_bytes + 1).decode("utf-8"))
    except (OSError, KeyError, ValueError, RecursionError, zipfile.BadZipFile, zlib.error, EOFError):
        return False
    return isinstance(raw, dict) and raw.get("format") == FORMAT

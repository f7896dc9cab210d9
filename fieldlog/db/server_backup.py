"""Backups of a PostgreSQL database with the server's own tool: `pg_dump --format=custom` into a folder.

The counterpart of db/backup.py's SQLite backup API. A dump is named `<label>-<UTC time>-<reason>.dump`
(the label names the server database); while pg_dump writes it, it is `<that name>.<process id>.tmp`,
and only a complete dump whose table of contents `pg_restore --list` can read, fsynced, gets the final
name. The password never reaches pg_dump's command line (where any user of the machine could read it
with `ps`): it goes in the child's environment as PGPASSWORD, and without one libpq reads ~/.pgpass.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import re
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import URL

from fieldlog.db.backup import DEFAULT_POLICY, STAMP_FORMAT, RetentionPolicy, backups_to_keep, slug
from fieldlog.db.lock import pid_alive
from fieldlog.db.store import scrub_password, server_name
from fieldlog.domain.errors import DatabaseProblem, StorageFull

DUMP_SUFFIX = ".dump"
PACKAGE_SUFFIX = ".fieldlog"  # the package export written instead when there is no pg_dump
PARTIAL_SUFFIX = ".tmp"
PG_DUMP_VARIABLE = "FIELDLOG_PG_DUMP"  # a pg_dump to use: a path, or a name looked up on PATH only
# Where PostgreSQL's programs are installed when they are not on PATH (Debian and Ubuntu keep the
# versioned ones here; macOS Homebrew and Postgres.app; the EDB installer on Windows).
KNOWN_FOLDERS = ("/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin", "/usr/local/pgsql/bin",
                 "/opt/homebrew/opt/postgresql@*/bin", "/usr/local/opt/postgresql@*/bin",
                 "/Applications/Postgres.app/Contents/Versions/*/bin", "C:/Program Files/PostgreSQL/*/bin")
DUMP_TIMEOUT_S = 6 * 3600.0  # a hung server must not hang fieldlog forever; a big dump takes minutes
_NAME = re.compile(r"^(?P<label>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[A-Za-z0-9_-]+)"
                   r"(?P<suffix>\.dump|\.fieldlog)$")
_PARTIAL = re.compile(r"^.+\.(?:dump|fieldlog)\.(?P<pid>\d+)\.tmp$")


@dataclass(frozen=True, slots=True)
class DumpResult:
    """A finished dump: its file and the pg_dump that wrote it."""

    path: Path
    pg_dump: Path


def _version_key(path: str) -> list[int]:
    return [int(part) for part in re.findall(r"\d+", path)]


def find_pg_dump() -> Path | None:
    """The pg_dump to run: $FIELDLOG_PG_DUMP when set, else the one on PATH, else the newest installed in a
    known folder (so a server package without the client on PATH still works); None when there is none."""
    chosen = os.environ.get(PG_DUMP_VARIABLE)
    if chosen is not None:  # the user's choice, and only it (an empty value: never use pg_dump)
        found = shutil.which(chosen) if chosen.strip() else None
        return Path(found) if found else None
    found = shutil.which("pg_dump")
    if found:
        return Path(found)
    name = "pg_dump.exe" if os.name == "nt" else "pg_dump"
    for pattern in KNOWN_FOLDERS:
        candidates = sorted(glob.glob(os.path.join(pattern, name)), key=_version_key, reverse=True)
        for candidate in candidates:
            if os.access(candidate, os.X_OK):
                return Path(candidate)
    return None


def database_label(url: URL) -> str:
    """A file-name-safe label of a server database: `<database>@<host>` (`local` for a socket), with the
    port when it is not the default. Two servers' databases of the same name get different folders."""
    host = url.host or url.query.get("host") or "local"
    if isinstance(host, tuple):
        host = host[0]
    host = "local" if str(host).startswith("/") else str(host)
    port = f"-{url.port}" if url.port and url.port != 5432 else ""
    # Letters, digits, `.`, `_`, `-` and `@` only: safe as a folder and file name on every system.
    return re.sub(r"[^A-Za-z0-9._@-]+", "_", f"{url.database or 'postgres'}@{host}{port}").strip("._")[:120]


def _quote(value: object) -> str:
    """A libpq connection-string value, quoted (backslash and quote escaped)."""
    text = str(value).replace("\\", "\\\\").replace("'", "\\'")
    return f"'{text}'"


def libpq_connection(engine: Engine) -> tuple[str, dict[str, str]]:
    """(connection string without the password, environment variables for the child) for the engine's
    database, from the same arguments the engine gives psycopg (user, host, port, dbname, sslmode, ...)."""
    _args, kwargs = engine.dialect.create_connect_args(engine.url)
    params: dict[str, Any] = dict(kwargs)
    password = params.pop("password", None)
    for key in [k for k, v in params.items() if v is None or not isinstance(v, str | int | float)]:
        params.pop(key)  # driver-only options (psycopg's prepare_threshold, ...) that libpq does not know
    params.pop("prepare_threshold", None)
    params.pop("autocommit", None)
    info = " ".join(f"{key}={_quote(value)}" for key, value in params.items())
    extra = {"PGPASSWORD": str(password)} if password else {}
    return info, extra


def _fsync(path: Path, *, folder: bool = False) -> None:
    if folder and os.name == "nt":
        return  # folders cannot be opened for fsync on Windows; NTFS journals the rename
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def new_backup_path(folder: Path, label: str, reason: str, suffix: str) -> Path:
    """A name of its own in `folder` for a backup made now: `<label>-<UTC time>-<reason><suffix>`."""
    now = dt.datetime.now(dt.UTC)
    while True:  # a name of its own even when two backups fall in one clock tick
        final = folder / f"{label}-{now.strftime(STAMP_FORMAT)}-{slug(reason)}{suffix}"
        if not final.exists():
            return final
        now += dt.timedelta(microseconds=1)


def partial_path(final: Path) -> Path:
    """Where a backup is written before it is complete (renamed to `final` only then)."""
    return final.with_name(f"{final.name}.{os.getpid()}{PARTIAL_SUFFIX}")


def make_folder(folder: Path) -> None:
    """Create a backups folder, private to the user (a dump holds organizers' contacts)."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as error:
        raise DatabaseProblem(f"Could not create the backups folder {folder}: {error.strerror or error}.") \
            from error


def finish(partial: Path, final: Path) -> None:
    """Flush a complete backup to the disk and give it its final name (atomically)."""
    _fsync(partial)
    os.replace(partial, final)
    _fsync(final.parent, folder=True)


def dump_database(engine: Engine, folder: Path, reason: str, pg_dump: Path, *,
                  label: str | None = None) -> DumpResult:
    """Dump the engine's PostgreSQL database with `pg_dump --format=custom` into `folder`; returns the file.

    Raises DatabaseProblem (StorageFull for a full disk) with pg_dump's own words, never the password;
    a failed dump leaves no file behind.
    """
    url = engine.url
    make_folder(folder)
    final = new_backup_path(folder, label or database_label(url), reason, DUMP_SUFFIX)
    partial = partial_path(final)
    info, extra = libpq_connection(engine)
    # -w: never ask for a password on the terminal (the window has none); ~/.pgpass or PGPASSWORD answer.
    command = [str(pg_dump), "--format=custom", "--no-password", f"--file={partial}", f"--dbname={info}"]
    environment = {**os.environ, **extra}
    try:
        # Created empty and private first: pg_dump then writes into it and keeps its mode.
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        try:
            done = subprocess.run(command, env=environment, capture_output=True, text=True,
                                  timeout=DUMP_TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired as error:
            raise DatabaseProblem(f"pg_dump did not finish backing up {server_name(url)} in "
                                  f"{DUMP_TIMEOUT_S / 3600:.0f} hours; no backup was made.") from error
        except OSError as error:
            raise DatabaseProblem(f"Could not run {pg_dump}: {error.strerror or error}.") from error
        if done.returncode != 0:
            words = _last_words(done.stderr)
            text = scrub_password(f"pg_dump could not back up {server_name(url)} ({words}); no backup was made.",
                                  url)
            if "no space left" in words.lower():
                raise StorageFull(f"The disk is full: {text} Free some space and try again.")
            raise DatabaseProblem(text)
        _check_dump(pg_dump, partial)
        finish(partial, final)
    except OSError as error:
        if error.errno in (28, 122):  # ENOSPC, EDQUOT
            raise StorageFull(f"The disk is full: the backup of {server_name(url)} could not be written into "
                              f"{folder}. Nothing was changed. Free some space and try again.") from error
        raise DatabaseProblem(f"Could not write a backup into {folder}: {error.strerror or error}.") from error
    finally:
        partial.unlink(missing_ok=True)
    return DumpResult(final, pg_dump)


def _last_words(stderr: str) -> str:
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    return " ".join(lines[-3:]) or "no message"


def _check_dump(pg_dump: Path, dump: Path) -> None:
    """Read the dump's table of contents with pg_restore (beside pg_dump) when it is there: a truncated
    or garbled file fails it."""
    pg_restore = pg_dump.with_name(pg_dump.name.replace("pg_dump", "pg_restore"))
    if not pg_restore.is_file():
        return
    done = subprocess.run([str(pg_restore), "--list", str(dump)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise DatabaseProblem(f"The dump pg_dump wrote cannot be read back ({_last_words(done.stderr)}); "
                              "no backup was made.")


def parse_name(name: str) -> tuple[str, dt.datetime, str, str] | None:
    """(label, UTC time, reason, suffix) of a server backup's file name, else None."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        stamp = dt.datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    return match["label"], stamp, match["reason"], match["suffix"]


def server_backups(folder: Path, label: str | None = None) -> list[Path]:
    """The complete server backups (dumps and package exports) in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found: list[tuple[dt.datetime, Path]] = []
    for path in folder.iterdir():
        parsed = parse_name(path.name)
        if parsed is not None and (label is None or parsed[0] == label) and path.is_file():
            found.append((parsed[1], path))
    return [path for _stamp, path in sorted(found, reverse=True)]


def rotate(folder: Path, label: str, policy: RetentionPolicy = DEFAULT_POLICY) -> list[Path]:
    """Delete the backups of `label` the retention policy does not keep (the SQLite backups' policy), and
    the partial files of processes that died; only files named as fieldlog names them."""
    removed = _clean_partials(folder)
    stamps: dict[dt.datetime, list[Path]] = {}
    for path in server_backups(folder, label):
        parsed = parse_name(path.name)
        assert parsed is not None
        stamps.setdefault(parsed[1], []).append(path)
    keep = backups_to_keep(stamps, policy)
    for stamp, paths in stamps.items():
        if stamp not in keep:
            removed += _unlink(paths)
    return removed


def _clean_partials(folder: Path) -> list[Path]:
    leftovers = []
    for path in folder.glob(f"*{PARTIAL_SUFFIX}") if folder.is_dir() else ():
        match = _PARTIAL.match(path.name)
        if match is not None and int(match["pid"]) != os.getpid() and not pid_alive(int(match["pid"])):
            leftovers.append(path)
    return _unlink(leftovers)


def _unlink(paths: Iterable[Path]) -> list[Path]:
    removed = []
    for path in paths:
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            continue  # a backup that stays a little longer does no harm
    return removed

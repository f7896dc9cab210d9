"""Integrity check and backups on demand."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, text

from fieldlog.db.rollup import rebuild
from fieldlog.db.schema import SCHEMA_HEAD
from fieldlog.db.store import Database
from fieldlog.db.tables import ActivityRow, EventRow, LitterItemRow, PhotoRow, SiteRow
from fieldlog.services.dashboard import tally_differences
from fieldlog.services.photos import PhotoBackup, backup_photos, check_photo_store
from fieldlog.services.summary import summarize, summarize_from_records


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What `fieldlog check` found: problems in plain words, and how many live records there are."""

    problems: tuple[str, ...]
    counts: dict[str, int]

    @property
    def ok(self) -> bool:
        """True when nothing is wrong."""
        return not self.problems


def check_database(database: Database) -> CheckReport:
    """Full integrity check: SQLite's own checks, foreign keys, schema version, record links, the
    summary totals and the dashboard's tallies against the records, and every live photo's file in the
    photo store (present, and its bytes still those its SHA-256 name says)."""
    problems: list[str] = []
    with database.reading() as session:
        if database.engine.dialect.name == "sqlite":
            verdict = [row[0] for row in session.execute(text("PRAGMA integrity_check"))]
            if verdict != ["ok"]:
                problems += [f"integrity check: {line}" for line in verdict[:20]]
            for table, rowid, parent, _ in session.execute(text("PRAGMA foreign_key_check")).fetchall()[:20]:
                problems.append(f"{table} row {rowid} points at a missing {parent} record")
        revision = session.scalar(text("SELECT version_num FROM alembic_version"))
        if revision != SCHEMA_HEAD:
            problems.append(f"schema version is {revision}, expected {SCHEMA_HEAD}")
        orphans = session.scalar(select(func.count()).select_from(ActivityRow).join(
            EventRow, EventRow.id == ActivityRow.event_id).where(
            ActivityRow.deleted_at.is_(None), EventRow.deleted_at.is_not(None)))
        if orphans:
            problems.append(f"{orphans} live activities belong to deleted events")
        counts: dict[str, int] = {}
        for name, row in (("sites", SiteRow), ("events", EventRow), ("activities", ActivityRow),
                          ("litter_items", LitterItemRow), ("photos", PhotoRow)):
            counts[name] = int(session.scalar(
                select(func.count()).select_from(row).where(row.deleted_at.is_(None))) or 0)
    stale = summarize(database).differences(summarize_from_records(database)) + tally_differences(database)
    if stale:
        problems.append("the stored summary totals differ from the records (" + "; ".join(stale[:3])
                        + "); `fieldlog check --repair` rebuilds them")
    problems += check_photo_store(database)
    return CheckReport(tuple(problems), counts)


def rebuild_summary(database: Database) -> None:
    """Recompute the summary totals from the records."""
    with database.writing("the summary totals") as session:
        rebuild(session)


def backup_now(database: Database) -> Path:
    """An online backup of the database, made now (older backups rotated out), and the photo store's
    backup brought up to date; returns the database backup's file."""
    return backup_everything(database)[0]


def backup_everything(database: Database) -> tuple[Path, PhotoBackup]:
    """`backup_now`, also saying what the photo backup copied and which pictures it could not."""
    if database.path is None:  # a server database: pg_dump, or a package export (services/server_backup.py)
        from fieldlog.services.server_backup import backup_server

        return backup_server(database).path, PhotoBackup(0, 0, ())
    path = database.backup("manual")
    return path, backup_photos(database)


def backup_if_changed(database: Database, reason: str = "automatic") -> Path | None:
    """A backup when something was saved since the last backup (or since opening); else None.

    The window calls it every 30 minutes (reason "automatic") and when it closes (reason "at-exit").
    """
    path = database.backup_if_changed(reason)
    if path is not None:
        backup_photos(database)  # pictures of photos attached since; the store never changes otherwise
    return path

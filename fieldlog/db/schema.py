"""Schema revisions this version of fieldlog knows, oldest first (one per Alembic migration)."""

KNOWN_REVISIONS: tuple[str, ...] = ("0001_core", "0002_checklist")
SCHEMA_HEAD = KNOWN_REVISIONS[-1]

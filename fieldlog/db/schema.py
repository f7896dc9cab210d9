"""Schema revisions this version of fieldlog knows, oldest first (one per Alembic migration)."""

KNOWN_REVISIONS: tuple[str, ...] = ("0001_core", "0002_checklist", "0003_summary_indexes",
                                     "0004_summary_rollup", "0005_photos", "0006_dashboard_indexes",
                                     "0007_rollup_tallies")
SCHEMA_HEAD = KNOWN_REVISIONS[-1]

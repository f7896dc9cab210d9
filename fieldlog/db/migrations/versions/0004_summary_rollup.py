"""summary rollup tables (SER figures per campaign, day and country)

Revision ID: 0004_summary_rollup
Revises: 0003_summary_indexes
Create Date: 2026-11-21

The tables start empty and a flag in app_settings asks for a rebuild: fieldlog fills them from the
records right after migrating (db.store.open_database), with the code of the version that opened the
database, so this migration never depends on code that later versions may change.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_summary_rollup"
down_revision: str | None = "0003_summary_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _group_columns() -> list[sa.Column[object]]:
    return [sa.Column("campaign_key", sa.String(255), nullable=False),
            sa.Column("day", sa.Date(), nullable=False),
            sa.Column("country_code", sa.String(2), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "rollup_events", *_group_columns(),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=False),
        sa.Column("volunteer_hours", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("campaign_key", "day", "country_code", name="pk_rollup_events"),
        sqlite_with_rowid=False)
    op.create_table(
        "rollup_activities", *_group_columns(),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("activities", sa.Integer(), nullable=False),
        sa.Column("plants", sa.Integer(), nullable=False),
        sa.Column("area_m2", sa.Float(), nullable=False),
        sa.Column("mass_g", sa.Float(), nullable=False),
        sa.Column("seed_count", sa.Integer(), nullable=False),
        sa.Column("seedballs", sa.Integer(), nullable=False),
        sa.Column("weight_kg", sa.Float(), nullable=False),
        sa.Column("bags", sa.Integer(), nullable=False),
        sa.Column("distance_m", sa.Float(), nullable=False),
        sa.Column("litter_items", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("campaign_key", "day", "country_code", "kind", name="pk_rollup_activities"),
        sqlite_with_rowid=False)
    op.create_table(
        "rollup_values",
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("field", sa.String(16), nullable=False),
        sa.Column("value", sa.String(512), nullable=False),
        *_group_columns(),
        sa.PrimaryKeyConstraint("kind", "field", "value", "campaign_key", "day", "country_code",
                                name="pk_rollup_values"),
        sqlite_with_rowid=False)
    op.create_index("ix_rollup_values_group", "rollup_values", ["campaign_key", "day", "country_code"])
    op.execute("INSERT INTO app_settings (key, value) VALUES ('summary_rollup', 'rebuild')")


def downgrade() -> None:
    op.execute("DELETE FROM app_settings WHERE key = 'summary_rollup'")
    op.drop_index("ix_rollup_values_group", table_name="rollup_values")
    op.drop_table("rollup_values")
    op.drop_table("rollup_activities")
    op.drop_table("rollup_events")

"""rollup tallies: per species and per litter item category in each rollup group (the dashboard's charts)

Revision ID: 0007_rollup_tallies
Revises: 0006_dashboard_indexes
Create Date: 2026-11-30

The table starts empty and the rollup's rebuild flag asks fieldlog to fill it (and the other rollup tables)
from the records right after migrating, as 0004 does.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_rollup_tallies"
down_revision: str | None = "0006_dashboard_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "rollup_tallies",
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("field", sa.String(16), nullable=False),
        sa.Column("value", sa.String(512), nullable=False),
        sa.Column("campaign_key", sa.String(255), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("country_code", sa.String(2), nullable=False),
        sa.Column("label", sa.String(512), nullable=False),
        sa.Column("activities", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "field", "value", "campaign_key", "day", "country_code",
                                name="pk_rollup_tallies"),
        sqlite_with_rowid=False)
    op.create_index("ix_rollup_tallies_group", "rollup_tallies", ["campaign_key", "day", "country_code"])
    op.execute("DELETE FROM app_settings WHERE key = 'summary_rollup'")
    op.execute("INSERT INTO app_settings (key, value) VALUES ('summary_rollup', 'rebuild')")


def downgrade() -> None:
    op.drop_index("ix_rollup_tallies_group", table_name="rollup_tallies")
    op.drop_table("rollup_tallies")

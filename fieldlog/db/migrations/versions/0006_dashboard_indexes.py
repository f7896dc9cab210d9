"""partial covering index of live litter items by category (the dashboard's litter chart)

Revision ID: 0006_dashboard_indexes
Revises: 0005_photos
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_dashboard_indexes"
down_revision: str | None = "0005_photos"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = sa.text("deleted_at IS NULL")


def upgrade() -> None:
    op.create_index("ix_litter_items_category", "litter_items", ["item_category", "activity_id", "item_count"],
                    sqlite_where=LIVE, postgresql_where=LIVE)


def downgrade() -> None:
    op.drop_index("ix_litter_items_category", table_name="litter_items")

"""partial covering indexes for the SER summary (live rows only)

Revision ID: 0003_summary_indexes
Revises: 0002_checklist
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_summary_indexes"
down_revision: str | None = "0002_checklist"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = sa.text("deleted_at IS NULL")
DELETED = sa.text("deleted_at IS NOT NULL")


def upgrade() -> None:
    op.drop_index("ix_activities_kind", table_name="activities")
    op.create_index("ix_activities_summary", "activities",
                    ["kind", "event_id", "species", "seed_lot_id", "plants", "area_m2", "mass_g", "seed_count",
                     "seedballs", "weight_kg", "bags", "distance_m"],
                    sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_index("ix_litter_items_live", "litter_items", ["activity_id", "item_count"],
                    sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_index("ix_events_live", "events", ["site_id", "start", "campaign", "participants", "volunteer_hours"],
                    sqlite_where=LIVE, postgresql_where=LIVE)
    op.create_index("ix_events_deleted", "events", ["id"], sqlite_where=DELETED, postgresql_where=DELETED)
    op.create_index("ix_activities_deleted", "activities", ["id"], sqlite_where=DELETED, postgresql_where=DELETED)


def downgrade() -> None:
    op.drop_index("ix_activities_deleted", table_name="activities")
    op.drop_index("ix_events_deleted", table_name="events")
    op.drop_index("ix_events_live", table_name="events")
    op.drop_index("ix_litter_items_live", table_name="litter_items")
    op.drop_index("ix_activities_summary", table_name="activities")
    op.create_index("ix_activities_kind", "activities", ["kind"])

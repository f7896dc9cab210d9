"""core tables: sites, events, activities, litter items, import batches

Revision ID: 0001_core
Revises:
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_core"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "import_batches",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("file_name", sa.String(length=1024), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_format", sa.String(length=32), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_batches_file_sha256"), ["file_sha256"], unique=False)

    op.create_table(
        "sites",
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("locality", sa.String(length=255), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("area_m2", sa.Float(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("import_batch_id", sa.Uuid(), nullable=True),
        sa.Column("source_sheet", sa.String(length=255), nullable=True),
        sa.Column("source_row", sa.Integer(), nullable=True),
        sa.CheckConstraint("latitude BETWEEN -90 AND 90", name=op.f("ck_sites_latitude_range")),
        sa.CheckConstraint("longitude BETWEEN -180 AND 180", name=op.f("ck_sites_longitude_range")),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_sites_import_batch_id_import_batches"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sites")),
    )
    with op.batch_alter_table("sites", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sites_country_code"), ["country_code"], unique=False)

    op.create_table(
        "events",
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("event_name", sa.String(length=255), nullable=False),
        sa.Column("campaign", sa.String(length=255), nullable=True),
        sa.Column("start", sa.DateTime(), nullable=False),
        sa.Column("end", sa.DateTime(), nullable=True),
        sa.Column("participants", sa.Integer(), nullable=False),
        sa.Column("volunteer_hours", sa.Float(), nullable=True),
        sa.Column("hours_derived", sa.Boolean(), nullable=False),
        sa.Column("organisation", sa.String(length=255), nullable=True),
        sa.Column("organizer_name", sa.String(length=255), nullable=True),
        sa.Column("organizer_contact", sa.String(length=255), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("import_batch_id", sa.Uuid(), nullable=True),
        sa.Column("source_sheet", sa.String(length=255), nullable=True),
        sa.Column("source_row", sa.Integer(), nullable=True),
        sa.CheckConstraint('"end" IS NULL OR "end" >= start', name=op.f("ck_events_end_after_start")),
        sa.CheckConstraint("participants >= 0", name=op.f("ck_events_participants_not_negative")),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_events_import_batch_id_import_batches"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_events_site_id_sites"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_campaign"), ["campaign"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_site_id"), ["site_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_start"), ["start"], unique=False)

    op.create_table(
        "activities",
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("species", sa.String(length=512), nullable=True),
        sa.Column("plants", sa.Integer(), nullable=True),
        sa.Column("native_status", sa.String(length=32), nullable=True),
        sa.Column("stock_type", sa.String(length=32), nullable=True),
        sa.Column("seed_source", sa.String(length=255), nullable=True),
        sa.Column("seed_lot_id", sa.String(length=255), nullable=True),
        sa.Column("mass_g", sa.Float(), nullable=True),
        sa.Column("seed_count", sa.Integer(), nullable=True),
        sa.Column("plants_sampled", sa.Integer(), nullable=True),
        sa.Column("population_size", sa.Integer(), nullable=True),
        sa.Column("seedballs", sa.Integer(), nullable=True),
        sa.Column("seed_mass_g", sa.Float(), nullable=True),
        sa.Column("area_m2", sa.Float(), nullable=True),
        sa.Column("weight_kg", sa.Float(), nullable=True),
        sa.Column("bags", sa.Integer(), nullable=True),
        sa.Column("method", sa.String(length=32), nullable=True),
        sa.Column("stems", sa.Integer(), nullable=True),
        sa.Column("cover_percent", sa.Float(), nullable=True),
        sa.Column("phenology", sa.String(length=32), nullable=True),
        sa.Column("disposal", sa.String(length=32), nullable=True),
        sa.Column("cleanup_type", sa.String(length=32), nullable=True),
        sa.Column("distance_m", sa.Float(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("quantity", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=32), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("import_batch_id", sa.Uuid(), nullable=True),
        sa.Column("source_sheet", sa.String(length=255), nullable=True),
        sa.Column("source_row", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('planting', 'seed_collection', 'seedball_making', 'invasive_removal', 'litter_pickup', 'other')",
            name=op.f("ck_activities_known_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_activities_event_id_events"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_activities_import_batch_id_import_batches"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index("ix_activities_event_kind", ["event_id", "kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_activities_kind"), ["kind"], unique=False)

    op.create_table(
        "litter_items",
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("item_category", sa.String(length=255), nullable=False),
        sa.Column("item_count", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("import_batch_id", sa.Uuid(), nullable=True),
        sa.Column("source_sheet", sa.String(length=255), nullable=True),
        sa.Column("source_row", sa.Integer(), nullable=True),
        sa.CheckConstraint("item_count > 0", name=op.f("ck_litter_items_item_count_positive")),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_litter_items_activity_id_activities"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batches.id"],
            name=op.f("fk_litter_items_import_batch_id_import_batches"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_litter_items")),
    )
    with op.batch_alter_table("litter_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_litter_items_activity_id"), ["activity_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("litter_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_litter_items_activity_id"))

    op.drop_table("litter_items")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activities_kind"))
        batch_op.drop_index("ix_activities_event_kind")

    op.drop_table("activities")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_start"))
        batch_op.drop_index(batch_op.f("ix_events_site_id"))
        batch_op.drop_index(batch_op.f("ix_events_campaign"))

    op.drop_table("events")
    with op.batch_alter_table("sites", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sites_country_code"))

    op.drop_table("sites")
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_batches_file_sha256"))

    op.drop_table("import_batches")

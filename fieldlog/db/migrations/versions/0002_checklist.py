"""species checklist and database settings

Revision ID: 0002_checklist
Revises: 0001_core
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_checklist"
down_revision: str | None = "0001_core"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "app_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_settings")),
    )
    op.create_table(
        "species_checklist",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("scientific_name", sa.String(length=255), nullable=False),
        sa.Column("family", sa.String(length=128), nullable=True),
        sa.Column("common_names", sa.Text(), nullable=True),
        sa.Column("native_in", sa.Text(), nullable=True),
        sa.Column("introduced_in", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_species_checklist")),
        sa.UniqueConstraint("scientific_name", name=op.f("uq_species_checklist_scientific_name")),
    )


def downgrade() -> None:
    op.drop_table("species_checklist")
    op.drop_table("app_settings")

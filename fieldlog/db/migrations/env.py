"""Alembic environment: migrations run on the connection fieldlog hands over (or a URL for the CLI)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from fieldlog.db.tables import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    """Run the migrations online, on the given connection or on a new one from the URL."""
    connection = config.attributes.get("connection")
    if connection is None:
        engine = config.attributes.get("engine") or create_engine(str(config.get_main_option("sqlalchemy.url")))
        with engine.begin() as connection:
            _run(connection)
    else:
        _run(connection)


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=True, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations()

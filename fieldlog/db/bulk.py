"""Inserting many new rows at once: PostgreSQL's COPY on a server, executemany on SQLite.

psycopg runs an executemany as one INSERT statement per row (pipelined, but each parsed, planned and
executed by the server on its own): 100,000 activities took 22 s of a 40 s import's write on a 2-core
machine, against 9.7 s for SQLite's executemany. COPY streams the same rows as one statement in a few
seconds (docs/benchmarks.md, PostgreSQL). It runs inside the session's transaction, so a failed import
still writes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

COPY_FROM = 50  # fewer rows than this go through executemany: COPY's setup is not worth it for a few


def insert_rows(where: Session | Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert `rows` (dicts keyed by column name, the same keys in every row, as executemany wants them) into
    `table` in the transaction of `where`. A refusal (a duplicate id, a broken constraint) raises SQLAlchemy's
    DBAPIError (IntegrityError for a constraint) either way."""
    if not rows:
        return
    connection = where.connection() if isinstance(where, Session) else where
    names = [column.name for column in table.columns if column.name in rows[0]]  # every row has the same keys
    # A column left out that has a Python-side default (an id, a time) needs SQLAlchemy to fill it in.
    defaulted = any(column.default is not None and column.name not in rows[0] for column in table.columns)
    if connection.dialect.name != "postgresql" or len(rows) < COPY_FROM or defaulted:
        connection.execute(insert(table), rows)
        return
    quote = connection.dialect.identifier_preparer.quote
    statement = f"COPY {quote(table.name)} ({', '.join(quote(name) for name in names)}) FROM STDIN"
    driver = connection.connection.driver_connection
    assert driver is not None
    dbapi = connection.dialect.loaded_dbapi
    try:
        # Text COPY: psycopg writes UUIDs, dates, times, numbers and booleans as PostgreSQL reads them.
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row([row.get(name) for name in names])
    except dbapi.Error as error:
        # As session.execute would raise it, so callers (Database.writing) turn it into plain words alike.
        raise DBAPIError.instance(statement, None, error, dbapi.Error) from error

"""Recording one activity through the service (a durable commit), against a bare sqlite3 insert+commit
with the same PRAGMAs (WAL, synchronous=FULL) in the same run."""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
import uuid
from pathlib import Path

from _common import report, timed

from fieldlog.domain.records import Event, Planting, Site
from fieldlog.services.database import open_store
from fieldlog.services.records import Records

RUNS = 300


def main() -> None:
    """Measure."""
    folder = Path(tempfile.mkdtemp(prefix="fieldlog-bench-"))
    database = open_store(folder / "record.db")
    records = Records(database)
    site = records.record_site(Site(name="Karura Forest", country_code="KE", latitude=-1.2367,
                                    longitude=36.835)).record
    event = records.record_event(Event(event_name="Bench", site_id=site.id, start=dt.datetime(2026, 5, 31, 9),
                                       end=dt.datetime(2026, 5, 31, 12), participants=12)).record

    def one() -> None:
        records.record_activity(Planting(event_id=event.id, date=dt.date(2026, 5, 31),
                                         species="Prunus africana", plants=40, area_m2=100.0))

    raw = sqlite3.connect(folder / "raw.db", isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("CREATE TABLE activities (id TEXT PRIMARY KEY, event_id TEXT, kind TEXT, date TEXT, "
                "species TEXT, plants INTEGER, area_m2 REAL, created_at TEXT, updated_at TEXT)")

    def bare() -> None:
        now = dt.datetime.now(dt.UTC).isoformat()
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT INTO activities VALUES (?, ?, 'planting', '2026-05-31', 'Prunus africana', 40, "
                    "100.0, ?, ?)", (uuid.uuid4().hex, event.id.hex, now, now))
        raw.execute("COMMIT")

    one()
    bare()
    report("record one activity (durable commit)", timed(one, RUNS), timed(bare, RUNS), unit="ms")
    database.close()


if __name__ == "__main__":
    main()

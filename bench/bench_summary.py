"""`summary` on a database of 1,000,000 activities, against two baselines in raw SQL via sqlite3: the same
aggregate over the rollup tables (what fieldlog runs), and the aggregate over the records themselves.

Usage: python bench/bench_summary.py [ACTIVITIES]   (the database is built once and kept in bench/out/)
"""

from __future__ import annotations

import sqlite3
import sys
import time

from _common import OUT, report, timed

from fieldlog.domain.summary import SummaryFilter
from fieldlog.services.database import open_store
from fieldlog.services.demo import fill_demo_data
from fieldlog.services.records import Records
from fieldlog.services.summary import summarize, summarize_from_records

# The aggregate fieldlog.services.summary.summarize runs, written by hand for the bare sqlite3 module.
RAW_ROLLUP = ("""SELECT sum(events), sum(participants), sum(volunteer_hours), count(DISTINCT country_code)
                 FROM rollup_events""",
              """SELECT kind, sum(activities), sum(plants), sum(area_m2), sum(mass_g), sum(seed_count),
                 sum(seedballs), sum(weight_kg), sum(bags), sum(distance_m), sum(litter_items)
                 FROM rollup_activities GROUP BY kind""",
              """SELECT kind, field, count(DISTINCT value) FROM rollup_values GROUP BY kind, field""")

# The same figures computed from the records (summarize_from_records), by hand for sqlite3.
RAW_EVENTS = """SELECT count(*), coalesce(sum(participants), 0), coalesce(sum(volunteer_hours), 0)
                FROM events INDEXED BY ix_events_live WHERE deleted_at IS NULL"""
RAW_COUNTRIES = """SELECT count(DISTINCT country_code) FROM sites
                   WHERE id IN (SELECT site_id FROM events WHERE deleted_at IS NULL)"""
RAW_ACTIVITIES = """SELECT kind, count(*), coalesce(sum(plants), 0), count(DISTINCT lower(species)),
                coalesce(sum(area_m2), 0), coalesce(sum(mass_g), 0), coalesce(sum(seed_count), 0),
                count(DISTINCT seed_lot_id), coalesce(sum(seedballs), 0), coalesce(sum(weight_kg), 0),
                coalesce(sum(bags), 0), coalesce(sum(distance_m), 0)
                FROM activities INDEXED BY ix_activities_summary
                WHERE deleted_at IS NULL AND event_id NOT IN (SELECT id FROM events WHERE deleted_at IS NOT NULL)
                GROUP BY kind"""
RAW_ITEMS = """SELECT coalesce(sum(item_count), 0) FROM litter_items INDEXED BY ix_litter_items_live
               WHERE deleted_at IS NULL AND activity_id NOT IN (
                   SELECT id FROM activities WHERE deleted_at IS NOT NULL
                   UNION ALL SELECT id FROM activities
                   WHERE event_id IN (SELECT id FROM events WHERE deleted_at IS NOT NULL))"""


def main() -> None:
    """Build (once) and measure."""
    wanted = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    OUT.mkdir(exist_ok=True)
    path = OUT / f"summary-{wanted}.db"
    database = open_store(path)
    for backup in (OUT / "backups").glob("*"):  # made before a schema upgrade of the benchmark database
        backup.unlink()
    with sqlite3.connect(path) as connection:
        have = connection.execute("SELECT count(*) FROM activities").fetchone()[0]
    if have < wanted:
        start = time.perf_counter()
        fill_demo_data(Records(database), events=int((wanted - have) / 3.125) + 1, seed=7)
        print(f"built {path.name} in {time.perf_counter() - start:.1f} s", flush=True)
    with sqlite3.connect(path) as connection:
        activities = connection.execute("SELECT count(*) FROM activities").fetchone()[0]
    print(f"database: {activities:,} activities", flush=True)

    raw = sqlite3.connect(path)

    def raw_rollup() -> None:
        for query in RAW_ROLLUP:
            raw.execute(query).fetchall()

    def raw_records() -> None:
        raw.execute(RAW_EVENTS).fetchall()
        raw.execute(RAW_COUNTRIES).fetchall()
        raw.execute(RAW_ACTIVITIES).fetchall()
        raw.execute(RAW_ITEMS).fetchall()

    raw_rollup()
    raw_records()
    summarize(database)  # warm the page cache for all
    ours = timed(lambda: summarize(database), 5)
    report("summary, no filter (1M activities), vs the same rollup SQL raw", ours, timed(raw_rollup, 5))
    report("summary, no filter (1M activities), vs the records' aggregate raw", ours, timed(raw_records, 3))
    report("summary computed from the records (fieldlog check)", timed(lambda: summarize_from_records(database), 3))
    flt = SummaryFilter(campaign="MAD-Week 2026", country="KE")
    report("summary, campaign + country filter", timed(lambda: summarize(database, flt), 5))
    database.close()


if __name__ == "__main__":
    main()

"""The writer the crash tests kill: fieldlog's real services saving records, each acknowledged on stdout only
after its commit returned.

    python -m tests.crash_writer --db X --mode single [--seed S] [--max-writes N]
    python -m tests.crash_writer --db X --mode import --workbook W [--base B]
    python -m tests.crash_writer --db X --mode merge --package P [--base B]
    python -m tests.crash_writer --serve

Run it from the repository root so that `tests` is importable. A writer prints `ready <pid>` once the
database is open, then in single mode `ack <what> <id>` after every save or deletion whose transaction
committed, and in import and merge mode `applying` just before the write transaction and `done` after it
returned; `end` when it finished without being killed.

`--serve` is a fork server: one process imports fieldlog and loads its reference data once, then forks a
writer for each request read from stdin, so a writer starts in milliseconds instead of the half second a
new interpreter takes to import fieldlog (200 kills in the normal test run, 10,000 in the long one). No
database is open in the server when it forks; every writer opens its own, as a fresh process would.
Requests, one per line: `run <json list of writer arguments>` (answered `forked <pid>`), `reap <pid>`
(answered `reaped <pid> <return code>`, negative for a signal, after waiting for it), and
`warm <json [mode, base db, file]>` (answered `warmed`), which previews the file against the base
database once so that writers given `--base` only apply it: a preview reads and writes nothing, and every
writer's database is a copy of that base.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib
import json
import os
import random
import sys
import traceback
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fieldlog.services.database import Database, open_store
from fieldlog.services.reference import ReferenceData

NATIVE_KE = ("Croton megalocarpus", "Markhamia lutea", "Melia volkensii")
LITTER_CATEGORIES = ("cigarette_butts", "lighters", "tobacco_packaging", "e_cigarettes")
# Previews made by `warm` in the server, by (mode, base database, file): forked writers inherit them.
PREVIEWS: dict[tuple[str, str, str], Any] = {}
REFERENCE = ReferenceData()


def say(line: str) -> None:
    """Write one line to stdout at once: os.write, because a forked writer must not share Python's buffer."""
    os.write(1, (line + "\n").encode())


def _warm_reference() -> None:
    # Loaded once in the server, so that each writer's first quality check does not read the files again.
    REFERENCE.is_country("KE")
    REFERENCE.country_boxes("KE")
    REFERENCE.species_facts(NATIVE_KE[0], "KE")


def write_single(database: Database, seed: int, max_writes: int) -> None:
    """Save sites, events, plantings, seed collections and litter pickups, and delete some, acknowledging each."""
    from fieldlog.domain.records import Event, LitterItem, LitterPickup, Planting, SeedCollection, Site
    from fieldlog.services.records import Records

    rng = random.Random(seed)
    records = Records(database, reference=REFERENCE)
    site = records.record_site(Site(name=f"Crash site {seed}", country_code="KE", locality="Nairobi",
                                    latitude=-1.2 - rng.random() / 10, longitude=36.8)).record
    say(f"ack site {site.id.hex}")

    def new_event() -> Event:
        start = dt.datetime(2024, 1 + rng.randrange(12), 1 + rng.randrange(28), 9)
        event = records.record_event(Event(event_name=f"Crash day {seed}-{rng.randrange(10**6)}", site_id=site.id,
                                           start=start, end=start + dt.timedelta(hours=3),
                                           participants=rng.randint(1, 40), campaign="Crash test")).record
        say(f"ack event {event.id.hex}")
        return event

    event = new_event()
    mine: list[uuid.UUID] = []
    for _ in range(max_writes):
        roll = rng.random()
        if roll < 0.1:
            event = new_event()
        elif roll < 0.2 and mine:
            victim = mine.pop(rng.randrange(len(mine)))
            records.delete(victim)
            say(f"ack delete {victim.hex}")
        elif roll < 0.55:
            planting = records.record_activity(Planting(event_id=event.id, species=rng.choice(NATIVE_KE),
                                                        plants=rng.randint(1, 500))).record
            mine.append(planting.id)
            say(f"ack activity {planting.id.hex}")
        elif roll < 0.85:
            # The tally's size is written into the notes, so the checker knows how many items the pickup has.
            categories = rng.sample(LITTER_CATEGORIES, rng.randint(1, len(LITTER_CATEGORIES)))
            pickup_id = uuid.uuid4()
            items = tuple(LitterItem(activity_id=pickup_id, item_category=category, item_count=rng.randint(1, 99))
                          for category in categories)
            pickup = records.record_activity(LitterPickup(id=pickup_id, event_id=event.id, bags=rng.randint(1, 9),
                                                          weight_kg=rng.uniform(1, 50), items=items,
                                                          notes=f"items={len(items)}")).record
            mine.append(pickup.id)
            say(f"ack activity {pickup.id.hex}")
        else:
            lot = records.record_activity(SeedCollection(event_id=event.id, species=rng.choice(NATIVE_KE),
                                                         mass_g=rng.uniform(1, 900))).record
            mine.append(lot.id)
            say(f"ack activity {lot.id.hex}")


def _preview(mode: str, database: Database, source: Path) -> Any:
    if mode == "import":
        from fieldlog.services.importing import preview_import

        return preview_import(database, source)
    from fieldlog.services.exchange import preview_merge

    return preview_merge(database, source)


def write_batch(database: Database, mode: str, source: Path, base: str | None) -> None:
    """Import a workbook or merge a package in one transaction; `done` once apply returned."""
    preview = PREVIEWS.get((mode, base or "", str(source))) or _preview(mode, database, source)
    say("applying")
    if mode == "import":
        from fieldlog.services.importing import apply_import

        apply_import(database, preview)
    else:
        from fieldlog.services.exchange import apply_merge

        apply_merge(database, preview)
    say("done")


def writer(argv: Sequence[str]) -> None:
    """Run one writer until it finishes (or, as intended, is killed)."""
    parser = argparse.ArgumentParser(prog="python -m tests.crash_writer")
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--mode", choices=("single", "import", "merge"), required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-writes", type=int, default=10_000)
    parser.add_argument("--workbook", type=Path)
    parser.add_argument("--package", type=Path)
    parser.add_argument("--base", help="the database the server previewed the file against (see --serve)")
    args = parser.parse_args(argv)
    database = open_store(args.db)
    try:
        say(f"ready {os.getpid()}")
        if args.mode == "single":
            write_single(database, args.seed, args.max_writes)
        else:
            source = args.workbook if args.mode == "import" else args.package
            if source is None:
                parser.error(f"--mode {args.mode} needs --{'workbook' if args.mode == 'import' else 'package'}")
            write_batch(database, args.mode, source, args.base)
    finally:
        database.close()
    say("end")


def _warm(mode: str, base: str, source: str) -> None:
    database = open_store(base)
    try:
        PREVIEWS[(mode, base, source)] = _preview(mode, database, Path(source))
    finally:
        database.close()  # no connection may cross a fork


def _fork(argv: list[str]) -> int:
    pid = os.fork()
    if pid:
        return pid
    status = 0
    try:
        writer(argv)
    except BaseException:
        traceback.print_exc()
        status = 1
    finally:
        sys.stderr.flush()
        os._exit(status)  # never run the server's cleanup (or its loop) in the writer
    return 0  # unreachable


def serve() -> None:
    """Answer requests from stdin until it closes (see the module docstring)."""
    _warm_reference()
    # Loaded once here, not in every writer; without exchange merge mode is unavailable (the tests skip it).
    for module in ("fieldlog.services.records", "fieldlog.services.importing", "fieldlog.services.exchange"):
        with contextlib.suppress(ImportError):
            importlib.import_module(module)
    say("serving")
    for line in sys.stdin:
        command, _, rest = line.strip().partition(" ")
        try:
            if command == "run":
                say(f"forked {_fork(json.loads(rest))}")
            elif command == "reap":
                pid = int(rest)
                _, status = os.waitpid(pid, 0)
                say(f"reaped {pid} {os.waitstatus_to_exitcode(status)}")
            elif command == "warm":
                mode, base, source = json.loads(rest)
                _warm(mode, base, source)
                say("warmed")
            else:
                say(f"error unknown request {command!r}")
        except Exception as error:
            traceback.print_exc()
            say(f"error {type(error).__name__}: {error}".replace("\n", " "))


def main(argv: Sequence[str] | None = None) -> None:
    """The command line: a writer, or the fork server with --serve."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments == ["--serve"]:
        serve()
    else:
        writer(arguments)


if __name__ == "__main__":
    main()

"""Several people at once: four processes import different spreadsheets and edit the same events on one
database, at the same time.

Each process reads the shared events, waits until all four have, then adds its own number to every shared
event's participants. Three of the four first saves are based on a version someone else has replaced by
then: they must be refused with EditConflict (nothing overwritten), and the process then does what a user
answering "Keep theirs" and editing again does: it adds its number to their version. Afterwards:

- every process finished (no deadlock) and nothing was lost: each shared event holds the sum of all four
  numbers, and the summary equals the figures worked out here from the files and the edits;
- the saves of each event form one chain: every save was based on the version the save before it wrote,
  so no save went over a version it had not seen, and every attempt that was not was reported;
- an edit from a copy read before all this is refused for every process, and never written.

Runs on SQLite always and on PostgreSQL when FIELDLOG_TEST_POSTGRESQL names a server (see conftest.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import multiprocessing
import os
import time
import traceback
import uuid
from pathlib import Path
from typing import Any

import pytest

from fieldlog.domain.errors import EditConflict
from fieldlog.domain.records import Event, Site
from fieldlog.domain.summary import PlantingTotals, Summary
from fieldlog.io.columns import EVENTS
from fieldlog.services.database import open_store
from fieldlog.services.importing import import_file
from fieldlog.services.records import Records
from fieldlog.services.summary import summarize, summarize_from_records
from tests.conftest import POSTGRESQL_VARIABLE, TODAY
from tests.test_importing import PLANTING, fill_template

PROCESSES = 4
DELTAS = (1, 10, 100, 1000)  # what each process adds to every shared event's participants
SHARED_EVENTS = 5
SHARED_PARTICIPANTS = 20  # each shared event's participants before the edits
FILE_EVENTS = 3  # events (each with one planting) in every process's spreadsheet
COUNTRIES = ("KE", "TZ", "UG", "RW")  # one per spreadsheet; the shared events are in Brazil
SPECIES = ("Prunus africana", "Croton megalocarpus", "Markhamia lutea")
DEADLINE_S = 120  # far beyond the few seconds it takes: a process still running then is stuck
STALE_EDITS = 2  # shared events each process finally edits from its first, stale copy
MAX_TRIES = 50  # a process trying this often to save one event would be starved


def file_rows(number: int) -> dict[Any, list[dict[str, Any]]]:
    """Process `number`'s spreadsheet: its own events in its own country, each with a planting."""
    events, plantings = [], []
    for index in range(FILE_EVENTS):
        name = f"Process {number} event {index}"
        start = dt.datetime(2026, 6, 1 + index, 9)
        events.append({"event_name": name, "start": start, "end": start + dt.timedelta(hours=2),
                       "site_name": f"Site of process {number}", "country_code": COUNTRIES[number],
                       "participants": 10 * number + index + 1, "campaign": "MAD-Week 2026"})
        plantings.append({"event_name": name, "species": SPECIES[index], "plants": 5 + number})
    return {EVENTS: events, PLANTING: plantings}


def expected_summary() -> Summary:
    """The figures worked out from the spreadsheets and the edits alone, not read from the database."""
    shared_participants = SHARED_PARTICIPANTS + sum(DELTAS)  # every process's number, none lost
    participants = SHARED_EVENTS * shared_participants
    hours = SHARED_EVENTS * shared_participants * 3.0  # derived: participants x 3 hours
    plants = 0
    for number in range(PROCESSES):
        for row in file_rows(number)[EVENTS]:
            participants += row["participants"]
            hours += row["participants"] * 2.0
        plants += sum(row["plants"] for row in file_rows(number)[PLANTING])
    return Summary(events=SHARED_EVENTS + PROCESSES * FILE_EVENTS, countries=1 + PROCESSES,
                   participants=participants, volunteer_hours=hours,
                   planting=PlantingTotals(activities=PROCESSES * FILE_EVENTS, plants=plants, species=len(SPECIES)))


# -- one process ---------------------------------------------------------------------------------------------

def worker(number: int, location: str, spreadsheet: str, shared: list[str], start: Any, read: Any,
           out: str) -> None:
    """One person: imports a spreadsheet (before or after editing) and edits every shared event."""
    log: dict[str, Any] = {"saves": [], "conflicts": [], "stale_refused": [], "stale_written": [], "error": None}
    try:
        database = open_store(location, quick_check=False)
        try:
            records = Records(database, today=lambda: TODAY)
            ids = [uuid.UUID(text) for text in shared]
            start.wait(timeout=DEADLINE_S)
            if number % 2 == 0:  # two import while the other two edit
                log["imported"] = import_file(database, Path(spreadsheet))[1].added
            first = {event_id: records.get_event(event_id) for event_id in ids}
            read.wait(timeout=DEADLINE_S)  # all four hold the same version of every shared event now
            for event_id in ids:
                _add_participants(records, first[event_id], DELTAS[number], log)
            if number % 2 == 1:
                log["imported"] = import_file(database, Path(spreadsheet))[1].added
            for event_id in ids[:STALE_EDITS]:  # from the copy read before this process's own save
                try:
                    records.update(dataclasses.replace(first[event_id], notes=f"stale edit of process {number}"))
                    log["stale_written"].append(str(event_id))
                except EditConflict:
                    log["stale_refused"].append(str(event_id))
        finally:
            database.close()
    except BaseException:
        log["error"] = traceback.format_exc()
    Path(out).write_text(json.dumps(log), encoding="utf-8")


def _add_participants(records: Records, copy: Event, delta: int, log: dict[str, Any]) -> None:
    """Add `delta` to an event's participants; on a conflict, keep theirs and add it to their version."""
    for _try in range(MAX_TRIES):
        based_on = copy.updated_at
        assert based_on is not None
        try:
            saved = records.update(dataclasses.replace(copy, participants=copy.participants + delta)).record
        except EditConflict as conflict:
            assert conflict.stored.updated_at is not None
            log["conflicts"].append({"id": str(copy.id), "based_on": based_on.isoformat(),
                                     "theirs": conflict.stored.updated_at.isoformat()})
            copy = conflict.stored  # type: ignore[assignment]
            continue
        assert saved.updated_at is not None
        log["saves"].append({"id": str(copy.id), "based_on": based_on.isoformat(),
                             "stamp": saved.updated_at.isoformat()})
        return
    raise AssertionError(f"could not save event {copy.id} in {MAX_TRIES} tries")


# -- the test ------------------------------------------------------------------------------------------------

@pytest.fixture(params=["sqlite", "postgresql"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """One database for all four processes: an SQLite file, or a server database (when one is given)."""
    if request.param == "postgresql":
        if not os.environ.get(POSTGRESQL_VARIABLE, "").strip():
            pytest.skip(f"no PostgreSQL server: set {POSTGRESQL_VARIABLE} to an admin URL to run this on one")
        return str(request.getfixturevalue("postgresql_url"))
    return str(tmp_path / "shared" / "fieldlog.db")


def test_four_processes_import_and_edit_the_same_events_at_once(location: str, tmp_path: Path) -> None:
    began = time.monotonic()
    database = open_store(location)
    try:
        records = Records(database, today=lambda: TODAY)
        site = records.record_site(Site(name="Mata Atlântica", country_code="BR")).record
        shared = [records.record_event(Event(
            event_name=f"Shared event {index}", site_id=site.id, start=dt.datetime(2026, 5, 20 + index, 9),
            end=dt.datetime(2026, 5, 20 + index, 12), participants=SHARED_PARTICIPANTS)).record
            for index in range(SHARED_EVENTS)]
        spreadsheets = [tmp_path / f"process-{number}.xlsx" for number in range(PROCESSES)]
        context = multiprocessing.get_context("spawn")
        # This process passes the start barrier too, once the spreadsheets are written (while the others start).
        start, read = context.Barrier(PROCESSES + 1), context.Barrier(PROCESSES)
        outs = [tmp_path / f"process-{number}.json" for number in range(PROCESSES)]
        processes = [context.Process(target=worker, args=(
            number, location, str(spreadsheets[number]), [str(event.id) for event in shared], start, read,
            str(outs[number]))) for number in range(PROCESSES)]
        for process in processes:
            process.start()
        for number, spreadsheet in enumerate(spreadsheets):
            fill_template(spreadsheet, file_rows(number))
        start.wait(timeout=DEADLINE_S)
        for process in processes:
            process.join(max(1.0, DEADLINE_S - (time.monotonic() - began)))
        stuck = [number for number, process in enumerate(processes) if process.is_alive()]
        for number in stuck:
            processes[number].kill()
        assert not stuck, f"processes {stuck} were still running after {DEADLINE_S} s: a deadlock"
        logs = [json.loads(out.read_text(encoding="utf-8")) for out in outs]
        for number, log in enumerate(logs):
            assert log["error"] is None, f"process {number} failed:\n{log['error']}"

        # Nothing lost: every process's number reached every shared event, and the summary is as worked out.
        for event in shared:
            assert records.get_event(event.id).participants == SHARED_PARTICIPANTS + sum(DELTAS)
        assert [log["imported"] for log in logs] == [2 * FILE_EVENTS + 1] * PROCESSES  # site, events, plantings
        expected = expected_summary()
        assert summarize(database).differences(expected) == []
        assert summarize_from_records(database).differences(expected) == []

        # Every save was based on the version the save before it wrote: one chain per event, no save went
        # over a version it had not seen. Every attempt that was stale was refused and reported.
        saves = [save for log in logs for save in log["saves"]]
        conflicts = [conflict for log in logs for conflict in log["conflicts"]]
        for event in shared:
            assert event.updated_at is not None
            chain = sorted((s for s in saves if s["id"] == str(event.id)), key=lambda s: s["stamp"])
            assert len(chain) == PROCESSES
            assert [s["based_on"] for s in chain] == [event.updated_at.isoformat()] + [s["stamp"] for s in chain[:-1]]
            assert chain[-1]["stamp"] == records.get_event(event.id).updated_at.isoformat()  # type: ignore[union-attr]
            stamps = {s["stamp"] for s in chain}
            for conflict in (c for c in conflicts if c["id"] == str(event.id)):
                assert conflict["theirs"] in stamps and conflict["theirs"] != conflict["based_on"]
        # All four read the same version before anyone saved: three of the four first saves of each event
        # were stale (at least), and each was reported.
        assert len(conflicts) >= (PROCESSES - 1) * SHARED_EVENTS

        # The stale edits from the first copies were all refused, none written.
        assert all(not log["stale_written"] for log in logs)
        assert all(len(log["stale_refused"]) == STALE_EDITS for log in logs)
        assert all(records.get_event(event.id).notes is None for event in shared)
    finally:
        database.close()
    assert time.monotonic() - began < DEADLINE_S

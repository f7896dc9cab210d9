"""Crash consistency (fault catalogue rows 1-3): writers killed with SIGKILL at random moments, then checked.

A writer (`tests/crash_writer.py`) saves records through fieldlog's services and acknowledges each on stdout
only after its commit returned. The harness kills it at a random moment, then opens the file with the
standard library's sqlite3, read-only, and checks: `integrity_check` is ok, `foreign_key_check` is empty,
every acknowledged record (and deletion) is there, at most one unacknowledged write beyond them is (a commit
can finish before its acknowledgment is printed), no litter pickup lacks any of its items, and, reopened
with fieldlog, the summary rollup equals the summary computed from the records. An import (5,000 rows) or
a merge (a demo package) killed part way leaves the database exactly as it was or exactly as a complete
run leaves it, and the package file byte for byte unchanged.

`FIELDLOG_CRASH_KILLS` sets the number of kills (200 by default; the nightly run uses 10,000, see
docs/reliability.md), split over several tests so that `pytest -n 2` runs them on both cores.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import math
import os
import random
import re
import select
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any, Protocol

import pytest

from fieldlog.db.backup import PARTIAL_SUFFIX, list_backups
from fieldlog.services.database import Database, open_store
from fieldlog.services.summary import summarize, summarize_from_records
from tests.conftest import REPO

KILLS = int(os.environ.get("FIELDLOG_CRASH_KILLS", "200"))
# Share of the kills per mode, and how many tests carry each share (so that xdist spreads them evenly).
SHARES = {"single": 0.7, "import": 0.15, "merge": 0.15}
PARTS = {"single": 2, "import": 2, "merge": 2}
WORKBOOK_ROWS = 5000
WORKBOOK_EVENTS = 50
START_TIMEOUT = 60.0  # seconds for a writer to open its database; generous, the machine may be busy
RECORD_TABLES = ("sites", "events", "activities", "litter_items")
# Columns that differ between two runs writing the same records: bookkeeping times and the batch's random id.
VOLATILE = frozenset({"created_at", "updated_at", "imported_at", "import_batch_id"})
TALLY = re.compile(r"items=(\d+)")
LATE = 1.15  # timed kills of an import or merge are spread over 1.15 times a run left alone's write time
AFTER_DONE = 5  # and one kill in this many comes just after `done` instead (so some always find it complete)


def kills_for(mode: str) -> int:
    """How many kills each test of `mode` makes."""
    return max(1, math.ceil(KILLS * SHARES[mode] / PARTS[mode]))


# -- reading the writers' lines ----------------------------------------------------------------------------

class LineReader:
    """Lines from a pipe with a timeout, read with os.read so nothing waits in a Python buffer."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.fd = stream.fileno()
        self.buffer = b""
        self.closed = False

    def readline(self, timeout: float) -> str | None:
        """The next line, or None when none came within `timeout` seconds or the pipe closed."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if self.closed or left <= 0 or not select.select([self.fd], [], [], left)[0]:
                return None
            chunk = os.read(self.fd, 65536)
            if not chunk:
                self.closed = True
                return None
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line.decode()


class Run(Protocol):
    """One writer process."""

    pid: int

    def readline(self, timeout: float) -> str | None:
        """The writer's next line, or None after `timeout` seconds."""

    def kill(self) -> tuple[list[str], int]:
        """SIGKILL it and reap it: the lines it printed that were not read yet, and its return code."""


class Writers(Protocol):
    """Something that starts writers: the fork server, or a new interpreter per writer."""

    def start(self, argv: list[str]) -> Run:
        """Start a writer with these arguments."""

    def warm(self, mode: str, base: Path, source: Path) -> bool:
        """Preview `source` against `base` once for later writers; False when this kind of writer cannot."""


class ForkServer:
    """`python -m tests.crash_writer --serve`: forks a warmed-up writer per request (see crash_writer)."""

    def __init__(self, log: Path) -> None:
        self.log = log
        with open(log, "ab") as errors:
            self.process = subprocess.Popen([sys.executable, "-m", "tests.crash_writer", "--serve"], cwd=REPO,
                                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors)
        assert self.process.stdout is not None and self.process.stdin is not None
        self.stdin = self.process.stdin
        self.reader = LineReader(self.process.stdout)
        self.pending: deque[str] = deque()  # writers' lines read while waiting for the server's answer
        self.alive: set[int] = set()
        if self.reader.readline(START_TIMEOUT) != "serving":
            raise RuntimeError(f"the writer server did not start:\n{self.log_tail()}")

    def log_tail(self) -> str:
        """The end of what the server and its writers wrote to stderr."""
        return self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""

    def request(self, line: str, answer: str, timeout: float = START_TIMEOUT) -> str:
        """Send one request and return the answer line starting with `answer`."""
        self.stdin.write(line.encode() + b"\n")
        self.stdin.flush()
        deadline = time.monotonic() + timeout
        while (got := self.reader.readline(max(0.0, deadline - time.monotonic()))) is not None:
            if got.startswith(answer):
                return got
            if got.startswith("error "):
                raise RuntimeError(f"the writer server failed: {got}\n{self.log_tail()}")
            self.pending.append(got)
        raise RuntimeError(f"no answer to {line!r} from the writer server:\n{self.log_tail()}")

    def start(self, argv: list[str]) -> ServedRun:
        """Fork a writer."""
        pid = int(self.request(f"run {json.dumps(argv)}", "forked ").split()[1])
        self.alive.add(pid)
        return ServedRun(self, pid)

    def warm(self, mode: str, base: Path, source: Path) -> bool:
        """Preview once in the server; forked writers given --base inherit the preview."""
        self.request(f"warm {json.dumps([mode, str(base), str(source)])}", "warmed", timeout=300)
        return True

    def reap(self, pid: int) -> int:
        """Wait for a writer that ended (or was killed); its return code."""
        code = int(self.request(f"reap {pid}", f"reaped {pid} ").split()[2])
        self.alive.discard(pid)
        return code

    def close(self) -> None:
        """Kill writers still running (only ours, by pid), then let the server end."""
        for pid in list(self.alive):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(RuntimeError, OSError):
                self.reap(pid)
        with contextlib.suppress(OSError):
            self.stdin.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


class ServedRun:
    """A writer forked by the server."""

    def __init__(self, server: ForkServer, pid: int) -> None:
        self.server = server
        self.pid = pid

    def readline(self, timeout: float) -> str | None:
        """The writer's next line."""
        if self.server.pending:
            return self.server.pending.popleft()
        return self.server.reader.readline(timeout)

    def kill(self) -> tuple[list[str], int]:
        """SIGKILL, then reap through the server: every line the writer printed comes before `reaped`."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        code = self.server.reap(self.pid)
        lines = list(self.server.pending)
        self.server.pending.clear()
        return lines, code


class Interpreters:
    """A new `python -m tests.crash_writer` per writer, as the catalogue describes (slower to start)."""

    def __init__(self, log: Path) -> None:
        self.log = log

    def start(self, argv: list[str]) -> DirectRun:
        """Start a writer process."""
        return DirectRun(argv, self.log)

    def warm(self, mode: str, base: Path, source: Path) -> bool:
        """A new interpreter has nothing to inherit: every writer previews for itself."""
        return False


class DirectRun:
    """A writer in a process of its own."""

    def __init__(self, argv: list[str], log: Path) -> None:
        with open(log, "ab") as errors:
            self.process = subprocess.Popen([sys.executable, "-m", "tests.crash_writer", *argv], cwd=REPO,
                                            stdout=subprocess.PIPE, stderr=errors)
        assert self.process.stdout is not None
        self.pid = self.process.pid
        self.reader = LineReader(self.process.stdout)

    def readline(self, timeout: float) -> str | None:
        """The writer's next line."""
        return self.reader.readline(timeout)

    def kill(self) -> tuple[list[str], int]:
        """SIGKILL, wait, and read what is left in the pipe."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        lines = []
        while (line := self.reader.readline(5.0)) is not None:
            lines.append(line)
        assert self.process.stdout is not None
        self.process.stdout.close()
        return lines, self.process.returncode


# -- what a database holds after a kill ---------------------------------------------------------------------

@dataclass(frozen=True)
class Snapshot:
    """What the standard library's sqlite3 (read-only) finds in a database file."""

    integrity: list[tuple[object, ...]]
    foreign_keys: list[tuple[object, ...]]
    live: frozenset[str]  # ids of live sites, events and activities
    deleted: frozenset[str]  # ids of deleted sites, events and activities (tombstones)
    torn: tuple[str, ...]  # litter pickups whose item tally is incomplete
    signature: dict[str, tuple[int, str]]  # per table: rows, and a hash of their content

    @property
    def present(self) -> frozenset[str]:
        """Every stored record, live or tombstone."""
        return self.live | self.deleted


def inspect(path: Path, *, signed: bool = True) -> Snapshot:
    """Read a database file without changing it (a fresh read-only connection); `signed`: hash every row too."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchall()
        foreign_keys = connection.execute("PRAGMA foreign_key_check").fetchall()
        live: set[str] = set()
        deleted: set[str] = set()
        for table in ("sites", "events", "activities"):
            for record_id, gone in connection.execute(f"SELECT id, deleted_at IS NOT NULL FROM {table}"):  # noqa: S608
                (deleted if gone else live).add(record_id)
        torn = []
        for pickup_id, notes, gone, live_items, items in connection.execute(
                "SELECT a.id, a.notes, a.deleted_at IS NOT NULL, "
                "       coalesce(sum(i.id IS NOT NULL AND i.deleted_at IS NULL), 0), count(i.id) "
                "FROM activities a LEFT JOIN litter_items i ON i.activity_id = a.id "
                "WHERE a.kind = 'litter_pickup' GROUP BY a.id"):
            # A pickup saved by the single-mode writer says in its notes how many items it has; a deleted
            # pickup keeps its items as tombstones, a live one has all of them live.
            expected = TALLY.fullmatch(notes or "")
            whole = expected is None or (items == int(expected.group(1)) and (gone or live_items == items))
            if not whole or (gone and live_items):
                torn.append(pickup_id)
        signature = {}
        for table in (*RECORD_TABLES, "import_batches") if signed else ():
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            kept = [f'"{c}"' for c in columns if c not in VOLATILE and not (table == "import_batches" and c == "id")]
            rows = sorted(repr(row) for row in connection.execute(f'SELECT {", ".join(kept)} FROM "{table}"'))  # noqa: S608
            signature[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
        return Snapshot(integrity, foreign_keys, frozenset(live), frozenset(deleted), tuple(torn), signature)
    finally:
        connection.close()


class SummaryCheck:
    """Reopens a database after a kill and compares the summary rollup with the summary of the records.

    The first check of a path opens it with `open_store`, as the app would after the crash; later checks of
    that path reuse the engine, whose connections were all closed after the previous check (so every check
    reads the file afresh), only to keep SQLAlchemy's compiled statements: compiling them again for each
    of hundreds of kills would take most of the test's time.
    """

    def __init__(self) -> None:
        self.open: dict[Path, Database] = {}

    def agrees(self, path: Path) -> bool:
        """Rollup and records give the same summary (float sums to 1 part in 10^9: added in another order)."""
        database = self.open.get(path) or self.open.setdefault(path, open_store(path))
        try:
            return summarize(database).differences(summarize_from_records(database)) == []
        finally:
            database.close()


def copy_database(base: Path, target: Path) -> Path:
    """A fresh copy of `base` at `target` through SQLite's backup API (never a file copy of a database)."""
    if target.parent.exists():
        shutil.rmtree(target.parent)
    target.parent.mkdir(parents=True)
    source = sqlite3.connect(f"{base.resolve().as_uri()}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return target


def listed_partial_backups(folder: Path) -> list[str]:
    """Partial backups (left by a kill mid-backup) that fieldlog would offer as backups: there must be none."""
    # A listing entry is a path or an object with one, depending on the version of db.backup.
    locations: list[Any] = [getattr(entry, "path", entry) for entry in list_backups(folder)]
    names = [Path(location).name for location in locations]
    return [name for name in names if name.endswith(PARTIAL_SUFFIX)]


def sha256(path: Path) -> str:
    """The file's SHA-256."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- figures -------------------------------------------------------------------------------------------------

@dataclass
class Figures:
    """What the kills of one mode found; every count but kills, acknowledged, in_doubt, old and complete
    must stay 0."""

    mode: str
    kills: int = 0
    acknowledged: int = 0  # single: saves and deletions acknowledged; import/merge: runs that printed done
    in_doubt: int = 0  # unacknowledged writes found committed (killed between commit and acknowledgment)
    lost: int = 0  # acknowledged records or deletions missing
    extra: int = 0  # kills after which more than one unacknowledged write was found
    torn: int = 0
    integrity_failures: int = 0  # integrity_check not ok, or foreign_key_check not empty
    summary_mismatches: int = 0
    old: int = 0  # import/merge: kills that left the database as it was
    complete: int = 0  # import/merge: kills that left the whole import or merge
    partial: int = 0  # import/merge: kills that left anything else
    source_changed: int = 0  # merge: the package file changed
    listed_partial_backups: int = 0  # a partial backup (*.tmp) offered as a backup
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def fail(self, kind: str, message: str) -> None:
        """Count one failure and keep the first messages."""
        setattr(self, kind, getattr(self, kind) + 1)
        if len(self.problems) < 20:
            self.problems.append(message)

    def merge(self, other: Figures) -> None:
        """Add another run's figures (of the same mode)."""
        for name, value in asdict(other).items():
            if isinstance(value, int | float) and not isinstance(value, bool):
                setattr(self, name, getattr(self, name) + value)
        self.problems += other.problems[: max(0, 20 - len(self.problems))]

    def line(self) -> str:
        """One line for a log or the benchmark output."""
        shown = {k: v for k, v in asdict(self).items() if k not in ("mode", "problems")}
        shown["seconds"] = round(self.seconds, 1)
        return f"{self.mode}: " + ", ".join(f"{k}={v}" for k, v in shown.items())


def _check_common(figures: Figures, snapshot: Snapshot, where: str) -> None:
    if snapshot.integrity != [("ok",)] or snapshot.foreign_keys:
        figures.fail("integrity_failures", f"{where}: integrity {snapshot.integrity[:3]}, "
                                           f"foreign keys {snapshot.foreign_keys[:3]}")
    if snapshot.torn:
        figures.fail("torn", f"{where}: litter pickups without all their items: {list(snapshot.torn)[:3]}")


def _await(run: Run, wanted: str, lines: list[str], timeout: float = START_TIMEOUT) -> bool:
    """Read lines into `lines` until one starts with `wanted`; False on timeout or a writer that ended."""
    deadline = time.monotonic() + timeout
    while (line := run.readline(max(0.0, deadline - time.monotonic()))) is not None:
        lines.append(line)
        if line.startswith(wanted):
            return True
        if line == "end":
            return False
    return False


def _read_until(run: Run, deadline: float, lines: list[str], acks: int | None = None) -> None:
    """Collect the writer's lines until `deadline` (or until it acknowledged `acks` writes)."""
    while (left := deadline - time.monotonic()) > 0:
        line = run.readline(left)
        if line is None:
            return
        lines.append(line)
        if line == "end" or (acks is not None and sum(x.startswith("ack ") for x in lines) >= acks):
            return


def _killed(run: Run, lines: list[str], figures: Figures, where: str) -> bool:
    rest, code = run.kill()
    lines += rest
    if code == -signal.SIGKILL or (code == 0 and "end" in lines):
        return True
    figures.problems.append(f"{where}: the writer failed by itself (exit {code}) before it was killed")
    return False


# -- single records -------------------------------------------------------------------------------------------

def run_single(writers: Writers, folder: Path, kills: int, seed: int) -> Figures:
    """Kill writers saving single records into one database that accumulates them; check after each kill."""
    figures = Figures("single")
    began = time.monotonic()
    rng = random.Random(seed)
    summary = SummaryCheck()
    path = folder / "single" / "fieldlog.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    open_store(path).close()  # created and migrated once, as the app leaves it
    acknowledged: set[str] = set()
    deletions: set[str] = set()
    before = inspect(path, signed=False)
    for number in range(kills):
        where = f"single kill {number} (seed {seed})"
        run = writers.start(["--db", str(path), "--mode", "single", "--seed", str(rng.randrange(2**31))])
        lines: list[str] = []
        if not _await(run, "ready", lines):
            _killed(run, lines, figures, where)
            figures.problems.append(f"{where}: the writer never got ready: {lines[-3:]}")
            break
        if rng.random() < 0.5:  # a random moment in the first 50 ms of writing
            _read_until(run, time.monotonic() + rng.uniform(0, 0.05), lines)
        else:  # just after the k-th acknowledgment, or a little later: mid-way through the next save
            _read_until(run, time.monotonic() + START_TIMEOUT, lines, acks=rng.randint(1, 8))
            _read_until(run, time.monotonic() + rng.uniform(0, 0.03), lines)
        if not _killed(run, lines, figures, where):
            break
        figures.kills += 1
        saved = {line.split()[2] for line in lines if line.startswith("ack ") and line.split()[1] != "delete"}
        deleted = {line.split()[2] for line in lines if line.startswith("ack delete ")}
        figures.acknowledged += len(saved) + len(deleted)
        acknowledged |= saved
        deletions |= deleted
        after = inspect(path, signed=False)
        _check_common(figures, after, where)
        missing = (acknowledged - after.present) | (deletions - after.deleted) | (before.present - after.present)
        if missing:
            figures.fail("lost", f"{where}: {len(missing)} acknowledged records or deletions missing, "
                                 f"e.g. {sorted(missing)[:3]}")
        unacknowledged = (after.present - before.present - saved) | (after.deleted - before.deleted - deleted)
        figures.in_doubt += len(unacknowledged)
        if len(unacknowledged) > 1:
            figures.fail("extra", f"{where}: {len(unacknowledged)} unacknowledged writes found")
        # Every other time, the next writer starts on the files exactly as the kill left them (a hot WAL).
        if number % 2 and not summary.agrees(path):
            figures.fail("summary_mismatches", f"{where}: the summary rollup differs from the records")
        before = after
    if not summary.agrees(path):
        figures.fail("summary_mismatches", f"single (seed {seed}), at the end: the rollup differs from the records")
    figures.seconds = time.monotonic() - began
    return figures


# -- imports and merges ------------------------------------------------------------------------------------------

def run_batch(writers: Writers, mode: str, base: Path, source: Path, folder: Path, kills: int,
              seed: int) -> Figures:
    """Kill writers importing a workbook (or merging a package) into fresh copies of `base`."""
    figures = Figures(mode)
    began = time.monotonic()
    rng = random.Random(seed)
    summary = SummaryCheck()
    source_hash = sha256(source)
    old = inspect(base).signature
    flag = "--workbook" if mode == "import" else "--package"
    argv = ["--mode", mode, flag, str(source)]
    if writers.warm(mode, base, source):
        argv += ["--base", str(base)]
    # One run left alone: the complete state, and how long its backup and write transaction take.
    path = copy_database(base, folder / f"{mode}-complete" / "fieldlog.db")
    run = writers.start(["--db", str(path), *argv])
    lines: list[str] = []
    finished = _await(run, "applying", lines)
    started = time.monotonic()
    finished = finished and _await(run, "done", lines, timeout=600)
    writing = time.monotonic() - started
    finished = finished and _await(run, "end", lines)
    _killed(run, lines, figures, f"{mode} reference run")
    if not finished:
        log = writers.log_tail() if isinstance(writers, ForkServer) else ""
        raise RuntimeError(f"the {mode} reference run did not finish: {lines[-5:]}\n{log}")
    complete_state = inspect(path)
    complete = complete_state.signature
    if complete == old:
        raise RuntimeError(f"the {mode} reference run wrote nothing")
    _check_common(figures, complete_state, f"{mode} reference run")
    # Kill moments spread evenly (in shuffled order) over the backup and the write transaction and a little past
    # it, so that even a few kills cover it; timing on a busy machine varies, so some kills wait for `done`.
    # The write time is re-estimated from every run that got to `done` (the median, as the load drifts).
    late = max(1, kills // AFTER_DONE)
    timed = kills - late
    fractions: list[float | None] = [LATE * (slot + rng.random()) / timed for slot in range(timed)]
    fractions += [None] * late
    rng.shuffle(fractions)
    durations = [writing]
    for number, fraction in enumerate(fractions):
        moment = None if fraction is None else fraction * statistics.median(durations)
        when = "just after done" if moment is None else f"{moment:.3f} s into the write"
        where = f"{mode} kill {number} (seed {seed}, {when})"
        path = copy_database(base, folder / f"{mode}-kill" / "fieldlog.db")
        run = writers.start(["--db", str(path), *argv])
        lines = []
        if not _await(run, "applying", lines):
            _killed(run, lines, figures, where)
            figures.problems.append(f"{where}: the writer never started writing: {lines[-3:]}")
            break
        if moment is None:
            started = time.monotonic()
            if _await(run, "done", lines, timeout=600):
                durations.append(time.monotonic() - started)
            _read_until(run, time.monotonic() + rng.uniform(0, 0.005), lines)
        else:
            _read_until(run, time.monotonic() + moment, lines)
        if not _killed(run, lines, figures, where):
            break
        figures.kills += 1
        done = "done" in lines
        figures.acknowledged += done
        after = inspect(path)
        _check_common(figures, after, where)
        if after.signature == old and not done:
            figures.old += 1
        elif after.signature == complete:
            figures.complete += 1
        else:
            figures.fail("partial", f"{where}: neither the old database nor the complete {mode} "
                                    f"(acknowledged: {done}): {after.signature} vs {complete}")
        if sha256(source) != source_hash:
            figures.fail("source_changed", f"{where}: {source.name} changed")
        listed = listed_partial_backups(path.parent / "backups")
        if listed:
            figures.fail("listed_partial_backups", f"{where}: partial backups listed: {listed}")
        if not summary.agrees(path):
            figures.fail("summary_mismatches", f"{where}: the summary rollup differs from the records")
    figures.seconds = time.monotonic() - began
    return figures


# -- fixtures: the writers, the workbook and the databases they write into ----------------------------------------

def planting_workbook(path: Path, rows: int = WORKBOOK_ROWS, events: int = WORKBOOK_EVENTS) -> Path:
    """A Planting sheet of `rows` rows whose rows carry their event's fields (so the import makes the events)."""
    import openpyxl

    from fieldlog.io.resources import read_checklist

    species = [entry.scientific_name for entry in read_checklist()]
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Planting")
    sheet.append(["Event", "Start", "Site", "Country", "Participants", "Species", "Plants"])
    per_event = math.ceil(rows / events)
    for number in range(rows):
        event = number // per_event
        sheet.append([f"Crash import day {event}", dt.datetime(2024, 1 + event % 12, 1 + event % 28, 9),
                      f"Crash import site {event % 7}", "KE", 10 + event, species[number % len(species)],
                      number % 90 + 1])
    workbook.save(path)
    return path


def demo_database(path: Path, events: int, seed: int) -> Path:
    """A database filled with demo data, closed."""
    from fieldlog.services.demo import fill_demo_data
    from fieldlog.services.records import Records

    path.parent.mkdir(parents=True, exist_ok=True)
    database = open_store(path)
    try:
        fill_demo_data(Records(database), events=events, seed=seed)
    finally:
        database.close()
    return path


def _scratch_root() -> Path | None:
    chosen = os.environ.get("FIELDLOG_CRASH_DIR")
    if chosen:
        return Path(chosen)
    memory = Path("/dev/shm")
    return memory if memory.is_dir() and os.access(memory, os.W_OK) else None


@contextlib.contextmanager
def scratch(fallback: Path) -> Iterator[Path]:
    """A folder on tmpfs when there is one (FIELDLOG_CRASH_DIR chooses another), else `fallback`.

    SIGKILL ends a process, not the machine: what it wrote is in the page cache either way, so a disk adds
    nothing to these tests but the time of every fsync (synchronous=FULL), which would otherwise dominate.
    """
    root = _scratch_root()
    if root is None:
        yield fallback
        return
    root.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="fieldlog-crash-", dir=root))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def scratch_path(tmp_path: Path) -> Iterator[Path]:
    """A test's own folder, on tmpfs when there is one."""
    with scratch(tmp_path) as folder:
        yield folder


@pytest.fixture(scope="session")
def crash_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """This worker's folder for the crash tests' shared files, on tmpfs when there is one."""
    with scratch(tmp_path_factory.mktemp("crash")) as folder:
        yield folder


@pytest.fixture(scope="session")
def fork_server(crash_dir: Path) -> Iterator[ForkServer]:
    """One warmed-up writer server per xdist worker."""
    server = ForkServer(crash_dir / "writers.log")
    yield server
    server.close()


@pytest.fixture(scope="session")
def import_files(crash_dir: Path) -> tuple[Path, Path]:
    """The base database (demo data) and the 5,000-row workbook imported into copies of it."""
    folder = crash_dir / "import-files"
    folder.mkdir()
    return demo_database(folder / "base.db", events=20, seed=11), planting_workbook(folder / "planting.xlsx")


@pytest.fixture(scope="session")
def merge_files(crash_dir: Path) -> tuple[Path, Path]:
    """The base database and a package exported from another demo database, merged into copies of the base."""
    try:
        from fieldlog.services.exchange import export_package
    except ImportError as error:
        pytest.skip(f"merging is not available yet ({error})")
    folder = crash_dir / "merge-files"
    folder.mkdir()
    laptop = demo_database(folder / "laptop.db", events=60, seed=21)
    package = folder / "laptop.fieldlog"
    database = open_store(laptop)
    try:
        export_package(database, package)
    finally:
        database.close()
    return demo_database(folder / "base.db", events=30, seed=22), package


def _assert_clean(figures: Figures, writers: Writers) -> None:
    print(figures.line())
    log = writers.log_tail() if isinstance(writers, ForkServer) else ""
    assert not figures.problems, "\n".join(figures.problems) + ("\n" + log if log else "")
    assert figures.kills > 0


# -- the tests --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("part", range(PARTS["import"]))
def test_a_killed_import_leaves_the_old_database_or_all_of_it(
        fork_server: ForkServer, import_files: tuple[Path, Path], scratch_path: Path, part: int) -> None:
    base, workbook = import_files
    figures = run_batch(fork_server, "import", base, workbook, scratch_path, kills_for("import"), seed=2000 + part)
    _assert_clean(figures, fork_server)
    assert figures.old and figures.complete  # the kills landed both before and after the commit


@pytest.mark.parametrize("part", range(PARTS["merge"]))
def test_a_killed_merge_leaves_the_old_database_or_all_of_it(
        fork_server: ForkServer, merge_files: tuple[Path, Path], scratch_path: Path, part: int) -> None:
    base, package = merge_files
    figures = run_batch(fork_server, "merge", base, package, scratch_path, kills_for("merge"), seed=3000 + part)
    _assert_clean(figures, fork_server)
    assert figures.old and figures.complete


@pytest.mark.parametrize("part", range(PARTS["single"]))
def test_killed_saves_lose_no_acknowledged_record(fork_server: ForkServer, scratch_path: Path, part: int) -> None:
    figures = run_single(fork_server, scratch_path, kills_for("single"), seed=1000 + part)
    _assert_clean(figures, fork_server)
    assert figures.acknowledged > figures.kills  # the writers got somewhere before they were killed


def test_the_harness_agrees_with_writers_in_processes_of_their_own(scratch_path: Path) -> None:
    # The fork server is only a faster start: a writer in a new interpreter is killed and checked the same way.
    log_path = scratch_path / "writers.log"
    writers = Interpreters(log_path)
    figures = run_single(writers, scratch_path, kills=1, seed=7)
    log = log_path.read_text(errors="replace") if log_path.exists() else ""
    assert not figures.problems, "\n".join(figures.problems) + "\n" + log
    assert figures.kills == 1


def test_the_connections_are_durable(tmp_path: Path) -> None:
    # Catalogue row 10: power loss cannot be simulated by kill -9; what makes it survivable is WAL with a full
    # fsync on every commit, so that is pinned here.
    database = open_store(tmp_path / "fieldlog.db")
    try:
        with database.reading() as session:
            connection = session.connection()
            pragmas = {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                       for name in ("journal_mode", "synchronous", "foreign_keys")}
    finally:
        database.close()
    assert pragmas == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1}

"""Property-based tests (Hypothesis) of the importer and the merge: fault catalogue cases 17, 23, 26 and 29.

(a) Random *valid* Events + Planting workbooks import completely into a fresh database, every value stored
    as given; the same workbooks with one to three hostile changes (a cell replaced by trigger-prefixed
    text, a huge string, odd Unicode, NaN, an out-of-range date, a negative number or a real formula; a raw
    NaN/inf token in a number cell's XML; a required header removed; two headers swapped) either import
    completely (formula-like text stored literally) or are refused with `ImportRejected` naming the file,
    a row and a column, and then nothing is written. No other exception, ever. One known crash is left out
    of the generator until it is fixed (`hits_known_bug`).
(b) Two replica databases take random adds, edits and deletes, then exchange packages both ways: they
    converge to the same records field by field (tombstones included), no record is lost, and a
    deletion is never undone unless a strictly newer edit of the record exists (the merge's documented rule).

Every property runs on the module's backend: SQLite files, and databases on a PostgreSQL server when
FIELDLOG_TEST_POSTGRESQL names one (tests/conftest.py). Each example's databases come from
`Databases.scratch` and are gone when the example ends: on SQLite a copy of one migrated template file (SQLite's
backup API), on PostgreSQL a database created from a migrated template database and dropped afterwards (running
the migrations for every example would cost a second each). The records are read back apart from fieldlog, by
bare SQL both backends take (`query_at`, `signature_at`).

Knobs (environment variables; CI sets them, the defaults keep this file near a minute on one core):
- FIELDLOG_HYPOTHESIS_EXAMPLES: examples per importer property (default 40; measured 0.3-0.6 s each, so
  the catalogue's 2,000 per importer per CI run is 10-20 min of one core per property).
- FIELDLOG_MERGE_RUNS and FIELDLOG_MERGE_STEPS: runs of the replica state machine and the steps of each
  (defaults 8 and 30, about 20 s; the catalogue's 200 runs x 50 steps is a nightly job of roughly 15 min).
- FIELDLOG_HYPOTHESIS_EXAMPLES_POSTGRESQL and FIELDLOG_MERGE_RUNS_POSTGRESQL: the same on a PostgreSQL server
  (defaults 10 and 3), where every example also creates and drops its databases: the same properties, fewer
  examples, so the server variants stay well under a minute. The steps per run are the same on both.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import math
import os
import re
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, assume, given, note, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from fieldlog.db.tables import Base
from fieldlog.domain.errors import FieldlogError
from fieldlog.domain.records import Event, Planting, Site
from fieldlog.io.sheets import ImportRejected
from fieldlog.services.database import open_store
from fieldlog.services.importing import import_file
from fieldlog.services.records import Records
from tests.conftest import Databases, location_of, query_at, signature_at

EXAMPLES = int(os.environ.get("FIELDLOG_HYPOTHESIS_EXAMPLES", "40"))
MERGE_RUNS = int(os.environ.get("FIELDLOG_MERGE_RUNS", "8"))
MERGE_STEPS = int(os.environ.get("FIELDLOG_MERGE_STEPS", "30"))
SERVER_EXAMPLES = int(os.environ.get("FIELDLOG_HYPOTHESIS_EXAMPLES_POSTGRESQL", "10"))
SERVER_MERGE_RUNS = int(os.environ.get("FIELDLOG_MERGE_RUNS_POSTGRESQL", "3"))
TODAY = dt.date(2026, 11, 21)
RECORD_TABLES = ("sites", "events", "activities", "litter_items")


# -- databases -------------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder for the examples' files (each example makes and removes its own subfolder)."""
    return tmp_path_factory.mktemp("property-examples")


def examples(backend: str) -> int:
    """Examples per importer property on this backend."""
    return SERVER_EXAMPLES if backend == "postgresql" else EXAMPLES


def merge_runs(backend: str) -> int:
    """Runs of the replica state machine on this backend."""
    return SERVER_MERGE_RUNS if backend == "postgresql" else MERGE_RUNS


@contextlib.contextmanager
def example_databases(databases: Databases, scratch: Path) -> Iterator[tuple[Databases, Path]]:
    """Databases on the module's backend and a folder for one example, both gone afterwards (hundreds of
    examples would otherwise fill the disk, or the server)."""
    folder = scratch / uuid.uuid4().hex
    folder.mkdir(parents=True)
    with databases.scratch(folder) as made:
        yield made, folder


def _backups(location: str | Path) -> list[str]:
    """The backups fieldlog made beside an SQLite file (a server database has none: the server keeps them)."""
    if not isinstance(location, Path):
        return []
    folder = location.parent / "backups"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def count(location: str | Path, table: str) -> int:
    """Rows of a table of a database (read apart from fieldlog)."""
    [(rows,)] = query_at(location, f"SELECT count(*) FROM {table}")  # noqa: S608 (a table name of this file)
    return int(rows)


# -- (a) workbooks ---------------------------------------------------------------------------------------

EVENT_HEADER = ["Event", "Start", "Site", "Country", "Participants", "Notes"]
PLANTING_HEADER = ["Event", "Date", "Species", "Plants", "Area (m²)", "Latitude", "Longitude", "Notes"]
REQUIRED = {"Events": ["Event", "Start", "Site", "Country", "Participants"],
            "Planting": ["Event", "Species", "Plants"]}
COUNTRIES = {"KE": (-1.2, 36.8), "ES": (40.4, -3.7), "US": (39.0, -98.0), "BR": (-15.8, -47.9), "IN": (22.0, 79.0)}


@dataclass(frozen=True)
class RealFormula:
    """A cell that holds a real formula (openpyxl writes it as one, with no cached value)."""

    text: str


def _legal(text: str) -> str:
    return str(ILLEGAL_CHARACTERS_RE.sub("", text))  # characters XML cannot hold (openpyxl refuses them)


# Names from many scripts; a serial suffix keeps them distinct after case folding and space folding.
NAME = st.text(st.characters(categories=("L", "M", "N", "P", "S", "Zs")), min_size=1, max_size=20).filter(
    lambda text: text.strip() != "")
NOTES = st.none() | st.text(st.characters(categories=("L", "M", "N", "P", "S", "Zs"), include_characters="\n"),
                            max_size=60)


@dataclass
class Workbook:
    """A valid Events + Planting workbook as rows of native cell values (header first)."""

    sheets: dict[str, list[list[Any]]]
    sites: int
    events: int
    plantings: int
    xml_tokens: dict[tuple[str, int, int], str] = field(default_factory=dict)  # raw XML number tokens

    def save(self, path: Path) -> Path:
        """Write the workbook: strings as text, `RealFormula` as formulas, `xml_tokens` spliced into the XML."""
        book = openpyxl.Workbook()
        book.remove(book.active)
        for title, rows in self.sheets.items():
            sheet = book.create_sheet(title)
            for row in rows:
                sheet.append([cell.text if isinstance(cell, RealFormula) else cell for cell in row])
            for r, row in enumerate(rows, start=1):
                for c, value in enumerate(row, start=1):
                    if isinstance(value, str):
                        sheet.cell(row=r, column=c).data_type = "s"  # text, even when it starts with =
        book.save(path)
        if self.xml_tokens:
            _splice_tokens(path, list(self.sheets), self.xml_tokens)
        return path


PLACEHOLDER = 7_654_321.125  # a number no generated cell holds; replaced in the XML by the raw token


def _splice_tokens(path: Path, titles: list[str], tokens: dict[tuple[str, int, int], str]) -> None:
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    for (title, _, _), token in tokens.items():
        name = f"xl/worksheets/sheet{titles.index(title) + 1}.xml"
        members[name] = members[name].replace(f"<v>{PLACEHOLDER}</v>".encode(), f"<v>{token}</v>".encode(), 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


@st.composite
def workbooks(draw: st.DrawFn) -> Workbook:
    """Valid workbooks: 1-3 sites, 1-3 events, 1-5 plantings, values of the types Excel writes."""
    site_names = [f"{draw(NAME)} #{n}" for n in range(draw(st.integers(1, 3)))]
    site_countries = [draw(st.sampled_from(sorted(COUNTRIES))) for _ in site_names]
    events: list[list[Any]] = []
    used_sites: set[int] = set()
    starts: list[dt.date] = []
    for n in range(draw(st.integers(1, 3))):
        site = draw(st.integers(0, len(site_names) - 1))
        used_sites.add(site)
        start = draw(st.dates(dt.date(2015, 1, 1), dt.date(2025, 12, 31)))
        starts.append(start)
        shown_start: Any = draw(st.sampled_from(["date", "datetime", "text"]))
        start_cell = {"date": dt.datetime.combine(start, dt.time()), "text": start.isoformat(),
                      "datetime": dt.datetime.combine(start, dt.time(9, 30))}[shown_start]
        events.append([f"{draw(NAME)} #{n}", start_cell, site_names[site], site_countries[site],
                       draw(st.integers(0, 500)), draw(NOTES)])
    plantings: list[list[Any]] = []
    for _ in range(draw(st.integers(1, 5))):
        event = draw(st.integers(0, len(events) - 1))
        lat, lon = COUNTRIES[site_countries[site_names.index(events[event][2])]]
        where = draw(st.booleans())
        plants = draw(st.integers(1, 5000))
        plantings.append([
            events[event][0],
            draw(st.sampled_from([None, dt.datetime.combine(starts[event], dt.time())])),
            draw(NAME),
            draw(st.sampled_from([plants, str(plants)])),
            draw(st.none() | st.floats(1, 1e6).map(lambda x: round(x, 2))),
            lat if where else None, lon if where else None,
            draw(NOTES)])
    return Workbook({"Events": [list(EVENT_HEADER), *events], "Planting": [list(PLANTING_HEADER), *plantings]},
                    sites=len(used_sites), events=len(events), plantings=len(plantings))


TRIGGER_TEXT = ["=1+1", "@SUM(A1:A9)", "+254 700 000000", "-- see log", '=HYPERLINK("http://x.example","y")',
                "\t=1", "=cmd|' /C calc'!A0", "'=quoted"]
ODD_UNICODE = ["\u202eevil\u202c", "a\u200db", "Z\u0351\u036b\u0307", "🌳🌱" * 5, "\ufeffBOM", "ﬁ ligature",
               "İstanbul", "ß", "\u00a0", "\u3000", "१२३", "Ω≈ç√∫", "\U0001f9ea\u200d", "\ufffd"]
HOSTILE_VALUE = st.one_of(
    st.sampled_from(TRIGGER_TEXT + ODD_UNICODE),
    st.sampled_from(["", " ", "NaN", "nan", "inf", "-inf", "1e309", "-1", "-0", "1,5", "1.234,5", "2024-02-30",
                     "03/04/2024", "9999-12-31", "0001-01-01", "123.4", "-91", "TRUE", "N/A", "0x10"]),
    st.sampled_from(["x" * 10_001, "y" * 32_000, "é" * 10_000]),
    st.sampled_from([math.nan, math.inf, -math.inf, -0.0, 5e-324, 1e300, -1e300, 10**20, -(10**20), 2**63]),
    st.integers(-(10**6), -1), st.floats(-1e6, -1e-3),
    st.datetimes(dt.datetime(1900, 1, 2), dt.datetime(9999, 12, 31)),
    st.dates(dt.date(1900, 1, 2), dt.date(9999, 12, 31)), st.times(), st.booleans(),
    st.text(max_size=40).map(_legal),
    st.sampled_from([RealFormula("=A1*2"), RealFormula("=1/0"), RealFormula("=NOW()")]),
)
XML_TOKENS = st.sampled_from(["NaN", "inf", "-inf", "1e309", "-1e309", "1e-400", "-0", "0x10", "1e99999", " 12 ",
                              "٣"])


@dataclass(frozen=True)
class Mutation:
    """One change that makes a valid workbook possibly hostile."""

    kind: str  # cell, xml, drop_header, swap_headers
    sheet: str
    row: int = 0  # index into the sheet's rows (0: the header row)
    column: int = 0
    other: int = 0
    value: Any = None


def _mutate(draw: st.DrawFn, book: Workbook) -> Mutation:
    """Apply one hostile change to the workbook (in place) and say what it was."""
    sheet = draw(st.sampled_from(list(book.sheets)))
    rows = book.sheets[sheet]
    header = rows[0]
    kind = draw(st.sampled_from(["cell", "cell", "cell", "xml", "drop_header", "swap_headers"]))
    if kind in ("cell", "xml"):
        row, column = draw(st.integers(1, len(rows) - 1)), draw(st.integers(0, len(header) - 1))
        if kind == "xml":
            if (sheet, row, column) in book.xml_tokens or PLACEHOLDER in rows[row]:
                kind = "cell"  # one spliced token per row keeps the splice unambiguous
            else:
                value = draw(XML_TOKENS)
                book.xml_tokens[(sheet, row, column)] = value
                rows[row][column] = PLACEHOLDER
                return Mutation(kind, sheet, row, column, value=value)
        value = draw(HOSTILE_VALUE)
        book.xml_tokens.pop((sheet, row, column), None)
        rows[row][column] = value
        return Mutation(kind, sheet, row, column, value=value)
    if kind == "drop_header":
        present = [name for name in REQUIRED[sheet] if name in header]
        if present:
            column = header.index(draw(st.sampled_from(present)))
            header[column] = None
            return Mutation(kind, sheet, 0, column)
    first, second = draw(st.lists(st.integers(0, len(header) - 1), min_size=2, max_size=2, unique=True))
    header[first], header[second] = header[second], header[first]
    return Mutation("swap_headers", sheet, 0, first, second)


@st.composite
def mutated(draw: st.DrawFn) -> tuple[Workbook, list[Mutation]]:
    """A valid workbook with one to three hostile changes."""
    book = draw(workbooks())
    return book, [_mutate(draw, book) for _ in range(draw(st.integers(1, 3)))]


@dataclass
class Outcome:
    """What importing one generated workbook did."""

    rejected: ImportRejected | None
    added: int
    outcomes: int
    errors: int
    before: tuple[dict[str, tuple[int, str]], list[str]]
    after: tuple[dict[str, tuple[int, str]], list[str]]


def import_workbook(made: Databases, folder: Path, book: Workbook) -> tuple[Outcome, str | Path]:
    """Save the workbook, import it into a new empty database through import_file, and report."""
    location = made.location("data")
    source = book.save(folder / "generated.xlsx")
    before = (signature_at(location), _backups(location))
    database = open_store(location)
    try:
        try:
            preview, result = import_file(database, source)
        except ImportRejected as error:
            return Outcome(error, 0, 0, 0, before, (signature_at(location), _backups(location))), location
    finally:
        database.close()
    outcome = Outcome(None, result.added, len(preview.outcomes), len(preview.errors), before,
                      (signature_at(location), _backups(location)))
    return outcome, location


PROPERTY_SETTINGS = settings(max_examples=EXAMPLES, deadline=None, print_blob=True,
                             suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _stored_plantings(location: str | Path) -> list[tuple[str, int, str | None]]:
    """The stored plantings' species, plants and notes (read apart from fieldlog), in a fixed order."""
    rows = query_at(location, "SELECT species, plants, notes FROM activities WHERE kind = 'planting'")
    return sorted(((str(species), int(plants), notes) for species, plants, notes in rows), key=repr)


def _expected_plantings(book: Workbook) -> list[tuple[str, int, str | None]]:
    """What the Planting rows must be stored as: names with spaces folded, notes trimmed (blank: none)."""
    rows = book.sheets["Planting"][1:]
    return sorted(((" ".join(row[2].split()), int(row[3]), (row[7] or "").strip() or None) for row in rows), key=repr)


def test_valid_workbooks_import_completely(module_databases: Databases, scratch: Path) -> None:
    """Every row of a valid workbook is imported, and every record it makes is counted and stored as given."""

    @settings(PROPERTY_SETTINGS, max_examples=examples(module_databases.backend))
    @given(book=workbooks())
    def imports_completely(book: Workbook) -> None:
        with example_databases(module_databases, scratch) as (made, folder):
            outcome, db = import_workbook(made, folder, book)
            assert outcome.rejected is None, str(outcome.rejected)
            assert outcome.outcomes == book.events + book.plantings
            assert outcome.added == book.sites + book.events + book.plantings
            assert count(db, "sites") == book.sites
            assert count(db, "events") == book.events
            assert count(db, "activities") == book.plantings
            assert _stored_plantings(db) == _expected_plantings(book)

    imports_completely()


def _headers(book: Workbook) -> set[str]:
    return {str(h) for rows in book.sheets.values() for h in rows[0] if h is not None}


def _blank(value: Any) -> bool:
    """A cell the importer reads as empty (openpyxl writes NaN and infinities as empty cells)."""
    return (value is None or (isinstance(value, float) and not math.isfinite(value))
            or (isinstance(value, str) and not value.strip()))


def hits_known_bug(book: Workbook) -> bool:
    """Known bug, left out of the property until it is fixed (the corpus cases events-blank-name and
    events-blank-start xfail on it): an Events row with a blank Event or Start cell crashes the planner with
    KeyError in fieldlog/services/importing.py _Planner._event_key instead of a row-and-column error."""
    header, *rows = book.sheets["Events"]
    columns = [n for n, h in enumerate(header) if h in ("Event", "Start")]
    return any(_blank(row[n]) for row in rows for n in columns)


def test_mutated_workbooks_import_completely_or_are_rejected_cleanly(module_databases: Databases,
                                                                     scratch: Path) -> None:
    """A hostile change gives a complete import or ImportRejected naming file, row and column; never another
    exception, never a partial write."""

    @settings(PROPERTY_SETTINGS, max_examples=examples(module_databases.backend))
    @given(case=mutated())
    def imports_completely_or_is_rejected_cleanly(case: tuple[Workbook, list[Mutation]]) -> None:
        book, mutations = case
        assume(not hits_known_bug(book))
        note(f"mutations: {mutations!r}"[:1500])
        kinds = {mutation.kind for mutation in mutations}
        with example_databases(module_databases, scratch) as (made, folder):
            outcome, db = import_workbook(made, folder, book)
            rows = sum(len(rows) - 1 for rows in book.sheets.values())
            if outcome.rejected is None:
                assert outcome.outcomes == rows
                assert sum(count(db, table) for table in ("sites", "events", "activities")) == outcome.added
                planting_header = book.sheets["Planting"][0]
                literal = all(m.sheet != "Planting" or (planting_header[m.column] in ("Species", "Notes")
                                                        and isinstance(m.value, str)) for m in mutations)
                if kinds == {"cell"} and literal:
                    # text that looks like a formula (or any odd text) is stored as the literal text, never evaluated
                    assert _stored_plantings(db) == _expected_plantings(book)
                return
        message = str(outcome.rejected)
        note(f"message: {message[:800]}")
        assert outcome.after == outcome.before, "a rejected import wrote to the database or made a backup"
        assert "generated.xlsx" in message
        assert "Traceback" not in message
        if re.search(r"\brow \d+", message) and ("column" in message or any(h in message for h in _headers(book))):
            return  # pinned to a row and a column (by its header, or by number)
        if "xml" in kinds and re.search(r"sheet '[^']*', after row \d+", message):
            # a token the XML reader itself cannot take (NaN in a number cell) stops the sheet as a whole; the
            # message names file and sheet but not row and column: the corpus's xlsx-number-NaN known bug
            return
        assert kinds - {"cell", "xml"}, f"a cell-level change must be reported by row and column: {message}"
        # a header removed or swapped: the message may name only the header row's problem
        assert "column" in message or "header" in message or "required field" in message, message

    imports_completely_or_is_rejected_cleanly()


# -- (b) merge convergence -------------------------------------------------------------------------------

def _exchange_missing() -> str | None:
    """Why the merge properties cannot run yet (the exchange service does not import), or None."""
    try:
        import fieldlog.services.exchange  # noqa: F401
    except Exception as error:  # a module mid-edit may fail in any way; the property waits for it
        return f"fieldlog.services.exchange does not import yet ({type(error).__name__}: {error})"
    return None


EXCHANGE_MISSING = _exchange_missing()
SPECIES = ["Prunus africana", "Croton megalocarpus", "Markhamia lutea", "Podocarpus falcatus"]
REPLICA = st.integers(0, 1)
PICK = st.integers(0, 10**6)
TABLE = st.sampled_from(["sites", "events", "activities"])


class Clock:
    """Time that moves only when the machine ticks it, so the replicas can change records at the same instant
    (the merge's tie rule is exercised) and every run is reproducible."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 1, 1, 8)

    def __call__(self) -> dt.datetime:
        return self.now


def record_rows(location: str | Path) -> dict[str, dict[str, dict[str, Any]]]:
    """Every row of every record table, tombstones included, as {table: {id: {column: value}}}, read apart from
    fieldlog (the column names are the tables'; the values as the backend's driver gives them)."""
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for table in RECORD_TABLES:
        columns = [column.name for column in Base.metadata.tables[table].columns]
        listed = ", ".join(f'"{column}"' for column in columns)  # quoted: "end" is a keyword
        rows = query_at(location, f"SELECT {listed} FROM {table}")  # noqa: S608 (names of this file)
        # ids as uuid.UUID(...).hex, whatever form the column stores them in
        found[table] = {uuid.UUID(str(row["id"])).hex: row for row in (dict(zip(columns, values, strict=True))
                                                                         for values in rows)}
    return found


def live_ids(location: str | Path, table: str) -> list[uuid.UUID]:
    """The ids of a record table's live rows (read apart from fieldlog), in no particular order."""
    return [uuid.UUID(str(value))
            for (value,) in query_at(location, f"SELECT id FROM {table} WHERE deleted_at IS NULL")]  # noqa: S608


class Replicas(RuleBasedStateMachine):
    """Two laptops' databases taking random adds, edits and deletes, exchanging packages now and then."""

    made: Databases  # the module's databases: the replicas are on its backend
    scratch: Path

    def __init__(self) -> None:
        super().__init__()
        self.folder = self.scratch / uuid.uuid4().hex
        self.folder.mkdir(parents=True)  # the packages go here
        self.scope = contextlib.ExitStack()
        made = self.scope.enter_context(self.made.scratch(self.folder))
        self.clock = Clock()
        try:
            self.databases = [made.open(name) for name in ("a", "b")]
        except BaseException:
            self.scope.close()  # Hypothesis calls teardown only on a machine it could make
            raise
        self.locations = [location_of(database) for database in self.databases]
        self.records = [Records(database, clock=self.clock, today=lambda: TODAY) for database in self.databases]
        self.created: dict[str, int] = {}  # every record made on either replica, in the order made
        self.last_edit: dict[str, dt.datetime] = {}
        self.last_delete: dict[str, dt.datetime] = {}
        self.packages = 0
        self.changes = 0  # local changes since the last exchange: exchanging nothing new proves little

    def teardown(self) -> None:
        self.scope.close()  # closes both databases, drops them on a server, removes the folder

    # -- helpers

    def _live(self, replica: int, table: str) -> list[uuid.UUID]:
        """Live records in the order they were made: random UUIDs would pick differently on every replay."""
        return sorted(live_ids(self.locations[replica], table), key=lambda record_id: self.created[record_id.hex])

    def _edited(self, record_id: uuid.UUID) -> None:
        self.changes += 1
        key = record_id.hex
        self.created.setdefault(key, len(self.created))
        self.last_edit[key] = max(self.last_edit.get(key, self.clock.now), self.clock.now)

    def _package(self, replica: int) -> Path:
        from fieldlog.services.exchange import export_package

        self.packages += 1
        path = self.folder / f"package-{self.packages}-{'ab'[replica]}.fieldlog"
        export_package(self.databases[replica], path, clock=self.clock)
        return path

    def _merge(self, replica: int, package: Path) -> None:
        from fieldlog.services.exchange import apply_merge, preview_merge

        apply_merge(self.databases[replica], preview_merge(self.databases[replica], package), clock=self.clock)

    # -- rules

    @initialize(sites=st.integers(1, 2), events=st.integers(1, 3), plantings=st.integers(1, 4))
    def shared_start(self, sites: int, events: int, plantings: int) -> None:
        """Both laptops start from the same few records (one made them, both exchanged), as after a first sync."""
        for n in range(sites):
            self.add_site(0, ["Karura", "Ngong"][n])
        for n in range(events):
            self.add_event(0, n, 10 + n, n)
        for n in range(plantings):
            self.add_planting(0, n, 5 + n, SPECIES[n % len(SPECIES)])
        self.sync()
        self.tick()

    @rule()
    def tick(self) -> None:
        self.clock.now += dt.timedelta(seconds=1)

    @rule(replica=REPLICA, name=st.sampled_from(["Karura", "Ngong", "Dehesa", "Ribera"]))
    def add_site(self, replica: int, name: str) -> None:
        saved = self.records[replica].record_site(Site(name=f"{name} {len(self.created)}", country_code="KE"))
        self._edited(saved.record.id)

    @rule(replica=REPLICA, pick=PICK, participants=st.integers(0, 300), day=st.integers(0, 300))
    def add_event(self, replica: int, pick: int, participants: int, day: int) -> None:
        sites = self._live(replica, "sites")
        if sites:
            start = dt.datetime(2025, 1, 1, 9) + dt.timedelta(days=day)
            saved = self.records[replica].record_event(Event(
                event_name=f"Workday {len(self.created)}", site_id=sites[pick % len(sites)], start=start,
                participants=participants))
            self._edited(saved.record.id)

    @rule(replica=REPLICA, pick=PICK, plants=st.integers(1, 1000), species=st.sampled_from(SPECIES))
    def add_planting(self, replica: int, pick: int, plants: int, species: str) -> None:
        events = self._live(replica, "events")
        if events:
            saved = self.records[replica].record_activity(Planting(event_id=events[pick % len(events)],
                                                                   species=species, plants=plants))
            self._edited(saved.record.id)

    @rule(replica=REPLICA, pick=PICK, table=TABLE, value=st.integers(1, 10_000))
    def edit(self, replica: int, pick: int, table: str, value: int) -> None:
        ids = self._live(replica, table)
        if not ids:
            return
        record_id, records = ids[pick % len(ids)], self.records[replica]
        self._update(records, table, record_id, value)
        self._edited(record_id)

    @staticmethod
    def _update(records: Records, table: str, record_id: uuid.UUID, value: int) -> None:
        if table == "sites":
            records.update(dataclasses.replace(records.get_site(record_id), locality=f"edit {value}",
                                               area_m2=float(value)))
        elif table == "events":
            records.update(dataclasses.replace(records.get_event(record_id), participants=value % 300,
                                               notes=f"edit {value}"))
        else:
            planting = records.get_activity(record_id)
            assert isinstance(planting, Planting)
            records.update(dataclasses.replace(planting, plants=value, notes=f"edit {value}"))

    @rule(replica=REPLICA, pick=PICK, table=TABLE)
    def delete(self, replica: int, pick: int, table: str) -> None:
        ids = self._live(replica, table)
        if not ids:
            return
        try:
            self.records[replica].delete(ids[pick % len(ids)])
        except FieldlogError:
            return  # a site that still has events is refused, as the window refuses it
        self.changes += 1
        now = self.clock.now.isoformat(sep=" ")
        for rows in record_rows(self.locations[replica]).values():  # the record and what its deletion took along
            for key, row in rows.items():
                if row["deleted_at"] is not None and str(row["deleted_at"]).startswith(now[:19]):
                    self.last_delete[key] = self.clock.now

    @precondition(lambda self: self.changes >= 2)
    @rule(source=REPLICA)
    def merge_one_way(self, source: int) -> None:
        self.changes = 0
        self._merge(1 - source, self._package(source))

    @precondition(lambda self: self.changes >= 2)
    @rule()
    def sync(self) -> None:
        """Both export, then each merges the other's package: afterwards they must hold the same records."""
        self.changes = 0
        packages = [self._package(0), self._package(1)]
        self._merge(0, packages[1])
        self._merge(1, packages[0])
        self.check_converged()

    # -- what must hold

    def check_converged(self) -> None:
        """Same records, every field; nothing lost; no deletion undone without a newer edit; summaries right."""
        from fieldlog.services.maintenance import check_database

        a, b = record_rows(self.locations[0]), record_rows(self.locations[1])
        for table in RECORD_TABLES:
            assert a[table].keys() == b[table].keys(), f"{table}: the replicas hold different records"
            for key in a[table]:
                assert a[table][key] == b[table][key], f"{table} {key} differs:\n{a[table][key]}\n{b[table][key]}"
        held = {key for rows in a.values() for key in rows}
        assert self.created.keys() <= held, f"records lost: {sorted(self.created.keys() - held)}"
        # a site deleted on one laptop while the other recorded an event there comes back with that event
        used_sites = {uuid.UUID(str(row["site_id"])).hex for row in a["events"].values() if row["deleted_at"] is None}
        for key, deleted in self.last_delete.items():
            if deleted > self.last_edit.get(key, dt.datetime.min) and key not in used_sites:
                row = next(rows[key] for rows in a.values() if key in rows)
                assert row["deleted_at"] is not None, f"{key} was deleted last but is live again: {row}"
        assert not orphans(a), "live records under deleted parents after merging"
        for database in self.databases:
            problems = check_database(database).problems
            assert not problems, problems


def orphans(rows: dict[str, dict[str, dict[str, Any]]]) -> list[str]:
    """Live records whose parent is deleted: what a concurrent delete on one laptop and add on the other leave."""
    found = []
    for child, parent, column in (("activities", "events", "event_id"), ("events", "sites", "site_id")):
        deleted = {key for key, row in rows[parent].items() if row["deleted_at"] is not None}
        found += [f"live {child[:-1]} {key} of deleted {parent[:-1]}" for key, row in rows[child].items()
                  if row["deleted_at"] is None and uuid.UUID(str(row[column])).hex in deleted]
    return found


def replica_class(databases: Databases, scratch: Path) -> type[Replicas]:
    """The state machine bound to the module's databases (its backend) and this session's scratch folder."""
    class Bound(Replicas):
        pass

    Bound.made, Bound.scratch = databases, scratch
    return Bound


def replicas(databases: Databases, scratch: Path) -> Replicas:
    """A replica pair outside Hypothesis, for scripted scenarios."""
    return replica_class(databases, scratch)()


@pytest.mark.skipif(EXCHANGE_MISSING is not None, reason=EXCHANGE_MISSING or "")
def test_replicas_converge_after_exchanging_packages(module_databases: Databases, scratch: Path) -> None:
    """Hypothesis state machine: random edits on two replicas, merges one way and both ways (FIELDLOG_MERGE_RUNS
    runs, FIELDLOG_MERGE_RUNS_POSTGRESQL on a server, of FIELDLOG_MERGE_STEPS steps)."""
    from hypothesis.stateful import run_state_machine_as_test

    machine = replica_class(module_databases, scratch)
    run_state_machine_as_test(machine, settings=settings(max_examples=merge_runs(module_databases.backend),
                                                         stateful_step_count=MERGE_STEPS, deadline=None,
                                                         suppress_health_check=list(HealthCheck)))


@pytest.mark.skipif(EXCHANGE_MISSING is not None, reason=EXCHANGE_MISSING or "")
def test_planting_added_to_an_event_deleted_on_the_other_laptop(module_databases: Databases, scratch: Path) -> None:
    """A deletes the event; B, not knowing, adds a planting to it; they sync: no live planting of a deleted
    event may remain (either the planting goes too, or the event comes back), and `fieldlog check` passes."""
    from fieldlog.services.maintenance import check_database

    machine = replicas(module_databases, scratch)
    try:
        machine.shared_start(1, 1, 1)
        machine.records[0].delete(machine._live(0, "events")[0])
        machine.tick()
        machine.add_planting(1, 0, 7, SPECIES[0])
        machine.changes = 2
        machine.sync()
        assert not orphans(record_rows(machine.locations[0]))
        assert check_database(machine.databases[0]).ok
    finally:
        machine.teardown()


@pytest.mark.skipif(EXCHANGE_MISSING is not None, reason=EXCHANGE_MISSING or "")
def test_event_added_at_a_site_deleted_on_the_other_laptop(module_databases: Databases, scratch: Path) -> None:
    """A deletes an empty site; B, not knowing, records an event there; they sync: no live event at a deleted
    site may remain."""
    machine = replicas(module_databases, scratch)
    try:
        machine.add_site(0, "Karura")
        machine.changes = 2
        machine.sync()
        machine.tick()
        machine.records[0].delete(machine._live(0, "sites")[0])
        machine.tick()
        machine.add_event(1, 0, 12, 3)
        machine.changes = 2
        machine.sync()
        assert not orphans(record_rows(machine.locations[0]))
    finally:
        machine.teardown()

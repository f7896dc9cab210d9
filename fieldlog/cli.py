"""The command line (argparse). Commands that need no window never import Qt, so they start fast."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldlog import __version__
from fieldlog.domain.errors import FieldlogError
from fieldlog.domain.summary import Summary, SummaryFilter

if TYPE_CHECKING:
    from fieldlog.services.database import Database

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-05-30") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of 0 or more")
    return value


def _add_filters(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("filters")
    group.add_argument("--campaign", help="only events of this campaign (for example 'MAD-Week 2026')")
    group.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help="events starting on or after")
    group.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="events starting on or before")
    group.add_argument("--country", help="only events in this country (ISO code like KE, or English name)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `fieldlog`."""
    parser = argparse.ArgumentParser(
        prog="fieldlog",
        description="Log volunteer ecological-restoration events offline and report SER's totals. "
                    "Without a command, fieldlog opens its window.")
    parser.add_argument("--version", action="version", version=f"fieldlog {__version__}")
    parser.add_argument("--db", metavar="PATH", help="database file or URL (default: $FIELDLOG_DB, "
                                                     "else fieldlog.db in your user data folder)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo-data", help="fill the database with realistic sample events")
    demo.add_argument("--events", type=_positive, default=200, help="how many events (default 200)")
    demo.add_argument("--seed", type=int, default=1, help="the same seed gives the same figures (default 1)")

    summary = commands.add_parser("summary", help="the SER summary: events, people, hours, totals by kind")
    summary.add_argument("--json", action="store_true", help="print the summary as JSON")
    _add_filters(summary)

    template = commands.add_parser("template", help="write the coordinator's spreadsheet template")
    template.add_argument("out", metavar="OUT.xlsx", type=Path, help="where to write the template")

    importing = commands.add_parser(
        "import", help="import a spreadsheet (.xlsx, .csv); all or nothing unless --skip-invalid",
        description="Import a spreadsheet: fieldlog's template, or any sheet with a column mapping. Importing "
                    "the same file again adds nothing; a corrected file updates the corrected rows.")
    importing.add_argument("file", metavar="FILE", type=Path, help="the .xlsx or .csv file")
    importing.add_argument("--mapping", metavar="MAP.json", type=Path,
                           help="column mapping file (DESIGN.md format; one mapping or a list, one per sheet)")
    importing.add_argument("--dry-run", action="store_true", help="show what would happen, write nothing")
    importing.add_argument("--skip-invalid", action="store_true",
                           help="import the valid rows; write the rejected ones, with reasons, to a spreadsheet")
    importing.add_argument("--rejected", metavar="OUT.xlsx", type=Path,
                           help="where --skip-invalid writes rejected rows (default: FILE-rejected.xlsx beside it)")
    importing.add_argument("--encoding", metavar="NAME",
                           help="a CSV's encoding when it is not UTF-8 (for example cp1252 from Excel on Windows)")

    check = commands.add_parser("check", help="check the database's integrity")
    check.add_argument("--repair", action="store_true",
                       help="first rebuild the summary totals from the records")
    commands.add_parser("backup", help="make a backup of the database now")
    return parser


def _filter(args: argparse.Namespace) -> SummaryFilter:
    country = None
    if args.country:
        from fieldlog.services.reference import country_code

        country = country_code(args.country)
        if country is None:
            raise UsageError(f"'{args.country}' is not a country fieldlog knows (use a code like KE or a name)")
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UsageError(f"--from {args.date_from} is after --to {args.date_to}")
    return SummaryFilter(campaign=args.campaign, date_from=args.date_from, date_to=args.date_to, country=country)


class UsageError(FieldlogError):
    """The command line itself is wrong."""

    exit_status = EXIT_USAGE


def _open(location: str) -> Database:
    from fieldlog.services.database import open_store

    return open_store(location)


def _print_summary(summary: Summary, flt: SummaryFilter) -> None:
    data = summary.to_json_dict()
    shown = [f"{k}={v}" for k, v in (("campaign", flt.campaign), ("from", flt.date_from),
                                      ("to", flt.date_to), ("country", flt.country)) if v]
    print(f"SER summary{' (' + ', '.join(shown) + ')' if shown else ''}")
    for key in ("events", "countries", "participants", "volunteer_hours"):
        print(f"  {key.replace('_', ' '):<18}{_number(data[key])}")
    for kind, figures in data.items():
        if isinstance(figures, dict):
            print(f"  {kind.replace('_', ' ')}")
            for key, value in figures.items():
                print(f"    {key.replace('_', ' '):<16}{_number(value)}")


def _number(value: Any) -> str:
    return f"{value:,.2f}" if isinstance(value, float) else f"{value:,}"


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r  {done:,} records", end="", file=sys.stderr, flush=True)


def run(args: argparse.Namespace, location: str) -> int:
    """Carry out a parsed command against the database at `location`; returns the exit status."""
    try:
        return _run(args, location)
    except FieldlogError as error:
        print(f"fieldlog: {error}", file=sys.stderr)
        return error.exit_status
    except KeyboardInterrupt:
        print("fieldlog: interrupted; nothing more was saved.", file=sys.stderr)
        return EXIT_REJECTED


def _run(args: argparse.Namespace, location: str) -> int:
    if args.command == "template":
        from fieldlog.services.template import write_template

        write_template(args.out)
        print(f"Wrote the template to {args.out}.")
        return EXIT_OK
    if args.command == "summary":
        flt = _filter(args)
        database = _open(location)
        try:
            from fieldlog.services.summary import summarize

            summary = summarize(database, flt)
        finally:
            database.close()
        if args.json:
            print(json.dumps(summary.to_json_dict(), indent=2))
        else:
            _print_summary(summary, flt)
        return EXIT_OK
    database = _open(location)
    try:
        return _run_on(args, database)
    finally:
        database.close()


def _run_on(args: argparse.Namespace, database: Database) -> int:
    if args.command == "demo-data":
        from fieldlog.services.demo import fill_demo_data
        from fieldlog.services.records import Records

        stored = fill_demo_data(Records(database), events=args.events, seed=args.seed, progress=_progress)
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print(f"Added {stored:,} sample records ({args.events:,} events) to {database.display_name}.")
        return EXIT_OK
    if args.command == "check":
        from fieldlog.services.maintenance import check_database, rebuild_summary

        if args.repair:
            rebuild_summary(database)
        report = check_database(database)
        counts = ", ".join(f"{n:,} {name.replace('_', ' ')}" for name, n in report.counts.items())
        if report.ok:
            print(f"{database.display_name}: ok ({counts}).")
            return EXIT_OK
        print(f"{database.display_name}: {len(report.problems)} problem(s) found:", file=sys.stderr)
        for problem in report.problems:
            print(f"  - {problem}", file=sys.stderr)
        return EXIT_REJECTED
    if args.command == "import":
        return _import(args, database)
    if args.command == "backup":
        from fieldlog.services.maintenance import backup_now

        print(f"Backed up to {backup_now(database)}.")
        return EXIT_OK
    raise UsageError(f"unknown command {args.command!r}")


def _import(args: argparse.Namespace, database: Database) -> int:
    from fieldlog.io.mapping import load_mappings
    from fieldlog.services.importing import (
        RowStatus,
        apply_import,
        preview_import,
        rejected_path_for,
        rejection_message,
        write_rejected,
    )

    mappings = load_mappings(args.mapping) if args.mapping else None
    preview = preview_import(database, args.file, mappings, encoding=args.encoding, progress=_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for line in preview.summary_lines():
        print(line)
    listed = (RowStatus.ERROR, RowStatus.DUPLICATE, RowStatus.UPDATED) if args.dry_run else (RowStatus.DUPLICATE,)
    for outcome in preview.outcomes:
        if outcome.status in listed:
            print(f"  {outcome.sheet}, row {outcome.row}: {outcome.status.value}"
                  + (f": {'; '.join(outcome.reasons)}" if outcome.reasons else ""))
    if args.dry_run:
        print("Dry run: nothing was written.")
        return EXIT_REJECTED if preview.errors and not args.skip_invalid else EXIT_OK
    if preview.errors and not args.skip_invalid:
        print(rejection_message(preview), file=sys.stderr)
        return EXIT_REJECTED
    result = apply_import(database, preview, skip_invalid=args.skip_invalid, progress=_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    rows = preview.count(RowStatus.NEW) + preview.count(RowStatus.UPDATED)
    done = (f"Imported {_count(rows, 'row')}: {_count(result.added, 'record')} added, {result.updated:,} updated"
            if rows else "Nothing new to import")
    print(done + (f"; {_count(result.unchanged, 'row')} already present" if result.unchanged else "")
          + (f"; {_count(result.duplicates, 'probable duplicate')} left out" if result.duplicates else "") + ".")
    if result.backup is not None:
        print(f"Backup made before the import: {result.backup}")
    if preview.errors:
        rejected = write_rejected(preview, args.rejected or rejected_path_for(args.file))
        count = len(preview.errors)
        print(f"{count:,} row{' was' if count == 1 else 's were'} not imported; "
              f"{'it is' if count == 1 else 'they are'} in {rejected} with the reasons.")
    return EXIT_OK


def main(argv: Sequence[str] | None = None, location: str | None = None) -> int:
    """Parse `argv` and run the command (used by tests; the app's entry point is fieldlog.app.main)."""
    args = build_parser().parse_args(argv)
    return run(args, location or args.db)

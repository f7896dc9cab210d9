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
from fieldlog.domain.errors import DatabaseMovedAside, FieldlogError
from fieldlog.domain.summary import Summary, SummaryFilter
from fieldlog.io.language import ENGLISH, LANGUAGES

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


def _at_least_one(text: str) -> int:
    value = _positive(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of 1 or more")
    return value


def _add_filters(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("filters")
    group.add_argument("--campaign", help="only events of this campaign (for example 'MAD-Week 2026')")
    group.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help="events starting on or after")
    group.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="events starting on or before")
    group.add_argument("--country", help="only events in this country (ISO code like KE, or English name)")


def _add_language(parser: argparse.ArgumentParser, words: str) -> None:
    parser.add_argument("--lang", choices=LANGUAGES, default=ENGLISH, metavar="LANG",
                        help=f"write {words} in this language: {', '.join(LANGUAGES)} (default {ENGLISH}); the data "
                             "are the same in every language")


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

    template = commands.add_parser(
        "template", help="write the coordinator's spreadsheet template",
        description="Write the coordinator's spreadsheet template: instructions, one sheet per table with "
                    "drop-downs and an example row. A filled-in template imports without a mapping, in any language.")
    template.add_argument("out", metavar="OUT.xlsx", type=Path, help="where to write the template")
    _add_language(template, "the sheet names, headers and instructions")

    importing = commands.add_parser(
        "import", help="import a spreadsheet (.xlsx, .csv) or merge an exchange package (.fieldlog)",
        description="Import a spreadsheet: fieldlog's template, an SER report, or any sheet with a column "
                    "mapping; or merge an exchange package from another fieldlog. Importing the same file again "
                    "adds nothing; a corrected file updates the corrected rows.")
    importing.add_argument("file", metavar="FILE", type=Path, help="the .xlsx, .csv or .fieldlog file")
    importing.add_argument("--mapping", metavar="MAP.json", type=Path,
                           help="column mapping file (DESIGN.md format; one mapping or a list, one per sheet)")
    importing.add_argument("--dry-run", action="store_true", help="show what would happen, write nothing")
    importing.add_argument("--skip-invalid", action="store_true",
                           help="import the valid rows; write the rejected ones, with reasons, to a spreadsheet")
    importing.add_argument("--rejected", metavar="OUT.xlsx", type=Path,
                           help="where --skip-invalid writes rejected rows (default: FILE-rejected.xlsx beside it)")
    importing.add_argument("--encoding", metavar="NAME",
                           help="a CSV's encoding when it is not UTF-8 (for example cp1252 from Excel on Windows)")

    _add_export_parsers(commands)

    attach = commands.add_parser(
        "attach", help="attach photos to an event or an activity",
        description="Copy photos (JPEG, PNG, WebP) into the photo store beside the database and attach them to "
                    "an event or activity. The same picture is stored once; attaching it to the same record "
                    "again changes nothing. If any file is not a readable photo, none is attached.")
    attach.add_argument("record", metavar="RECORD_ID",
                        help="the event's or activity's id (the full UUID, or its first 8 or more characters)")
    attach.add_argument("photos", metavar="PHOTO", type=Path, nargs="+", help="the photo files")
    attach.add_argument("--max-side", type=_at_least_one, metavar="N",
                        help="scale photos down so their longest side is N pixels (date and GPS are kept)")
    attach.add_argument("--tag", choices=("before", "after", "other"), default="other",
                        help="what the photos show (default other)")
    attach.add_argument("--caption", help="a caption for the photos")
    attach.add_argument("--use-exif", action="store_true",
                        help="fill an activity's empty date and coordinates from the photos' EXIF")

    check = commands.add_parser("check", help="check the database's integrity and the photo store")
    check.add_argument("--repair", action="store_true",
                       help="first rebuild the summary totals from the records")
    backup = commands.add_parser(
        "backup", help="make a backup of the database now",
        description="Back up the database now. A database file is copied into the backups folder beside it. A "
                    "server (PostgreSQL) database is dumped with pg_dump (custom format, for pg_restore) into "
                    "backups/<database>@<host>/ in your user data folder, or --to; without pg_dump it is "
                    "exported as an exchange package instead.")
    backup.add_argument("--to", metavar="DIR", type=Path,
                        help="for a server database: the folder to write the backup into")
    restore = commands.add_parser(
        "restore", help="replace the database with a backup (the current one is kept)",
        description="Replace the database with a backup from the backups folder beside it (or any fieldlog "
                    "backup file). The backup is checked first; the current database is backed up (or, when "
                    "damaged, moved aside) before it is replaced.")
    restore.add_argument("file", metavar="FILE", type=Path, nargs="?", help="the backup file to restore")
    restore.add_argument("--list", action="store_true", help="list the backups of the database, newest first")
    copy = commands.add_parser(
        "copy-database", help="copy every record between a database file and a PostgreSQL database",
        description="Copy every record (deletions, provenance and photo records included) from one database into "
                    "another: an SQLite file into a PostgreSQL database, back, or file to file (with the photos' "
                    "pictures). All or nothing; copying again changes nothing. Into a database that already holds "
                    "records it merges by id: the newer copy of a record wins, and records only the target holds "
                    "stay. --db is not used.")
    copy.add_argument("--from", dest="source", metavar="A", required=True,
                      help="the database to copy from: a file path or a URL (postgresql+psycopg://user@host/name)")
    copy.add_argument("--to", dest="target", metavar="B", required=True,
                      help="the database to copy into (created when it is a new file or an empty server database)")
    return parser


def _add_export_parsers(commands: Any) -> None:
    export = commands.add_parser(
        "export", help="write the SER report, an exchange package, Darwin Core, GeoJSON, CSV or the dashboard",
        description="Write what the database holds to a file. Every file appears only when it is complete.")
    formats = export.add_subparsers(dest="export_format", metavar="FORMAT", required=True)

    report = formats.add_parser("report", help="the SER report workbook (.xlsx)",
                                description="The SER report: summary with charts, then every record on the "
                                            "template's sheets, so the report can be imported again.")
    report.add_argument("out", metavar="OUT.xlsx", type=Path, help="where to write the report")
    _add_filters(report)
    _add_personal(report)
    _add_language(report, "the sheet names, headers, labels and notes")

    package = formats.add_parser(
        "package", help="the lossless exchange package (.fieldlog) for another fieldlog",
        description="Every record and photo, deletions included, for `fieldlog import` on another laptop; importing it "
                    "twice changes nothing.")
    package.add_argument("out", metavar="OUT.fieldlog", type=Path, help="where to write the package")
    package.add_argument("--since", type=_date, metavar="DATE",
                         help="only what was added, changed or deleted on or after this date")
    package.add_argument("--for-sharing", action="store_true",
                         help="leave out personal data (organizer names and contacts)")

    dwc = formats.add_parser("dwc", help="a Darwin Core archive (.zip) of plantings, seed lots and removals",
                             description="Occurrences for a GBIF publisher: plantings, seed collections and "
                                         "invasive removals, with meta.xml and an EML stub to complete.")
    dwc.add_argument("out", metavar="OUT.zip", type=Path, help="where to write the archive")
    _add_filters(dwc)
    _add_personal(dwc)

    geojson = formats.add_parser("geojson", help="sites with their totals as GeoJSON")
    geojson.add_argument("out", metavar="OUT.geojson", type=Path, help="where to write the GeoJSON file")
    _add_filters(geojson)

    dashboard = formats.add_parser(
        "dashboard", help="the dashboard (figures, charts, map of sites) as a one-page PDF or a PNG image",
        description="The dashboard the window shows, drawn without a window: a one-page A4 landscape PDF, or a "
                    "PNG image when OUT ends in .png.")
    dashboard.add_argument("out", metavar="OUT.pdf|OUT.png", type=Path, help="where to write the PDF or PNG")
    _add_filters(dashboard)
    _add_language(dashboard, "the titles, labels and figures' words")

    csv = formats.add_parser("csv", help="every table as a CSV file (UTF-8, one header row) in a folder")
    csv.add_argument("out", metavar="DIR", type=Path, help="the folder to write the CSV files into")
    _add_filters(csv)
    _add_personal(csv)


def _add_personal(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--include-personal", action="store_true",
                        help="include personal data (organizer names and contacts); left out by default")


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


def _open(location: str, *, writer: bool = True) -> Database:
    from fieldlog.services.safety import open_for_command, storage_notice, unfinished_notice

    try:
        database = open_for_command(location, writer=writer)
    except DatabaseMovedAside as error:
        raise DatabaseMovedAside(f"{error}\n{_restore_hint(location, error)}", moved_to=error.moved_to,
                                 backup=error.backup, detail=error.detail) from None
    if (notice := storage_notice(database)) is not None:  # a network share or USB stick (catalogue 39)
        print(f"fieldlog: warning: {notice}", file=sys.stderr)
    if (notice := unfinished_notice(database)) is not None:  # an import or merge was cut off (catalogue 2)
        print(f"fieldlog: note: {notice}", file=sys.stderr)
    return database


def _writes(args: argparse.Namespace) -> bool:
    """Commands that write take the database's lock (one writer at a time); summary, export and check
    only read and run beside the window."""
    return args.command not in ("summary", "export", "check") or bool(getattr(args, "repair", False))


def _restore_hint(location: str, error: DatabaseMovedAside) -> str:
    import shlex

    db = shlex.quote(location)
    lines = []
    if error.backup is not None:
        lines.append(f"To restore it, run:\n  fieldlog --db {db} restore {shlex.quote(str(error.backup))}")
    lines.append(f"To see every backup: fieldlog --db {db} restore --list")
    lines.append(f"To start again with an empty database instead, move {error.moved_to} to another folder.")
    return "\n".join(lines)


def _restore(args: argparse.Namespace, location: str) -> int:
    from fieldlog.services.safety import backups_of, database_file, restore_backup

    path = database_file(location)
    if path is None:
        raise UsageError("restore works on a database file; a server database is restored with its own tools")
    if args.list == (args.file is not None):
        raise UsageError("name the backup to restore (fieldlog restore FILE), or list them (fieldlog restore --list)")
    if args.list:
        backups = backups_of(path)
        if not backups:
            print(f"No backups of {path} yet (they are kept in {path.parent / 'backups'}).")
            return EXIT_OK
        print(f"Backups of {path}, newest first:")
        for backup in backups:
            print(f"  {backup.label}\n    {backup.path}")
        return EXIT_OK
    result = restore_backup(path, args.file)
    counts = ", ".join(f"{n:,} {name}" if n is not None else f"? {name}"
                       for name, n in (("events", result.events), ("activities", result.activities)))
    print(f"Restored {path} from {result.restored.path} ({counts}).")
    if result.before_restore is not None:
        print(f"The database as it was before is kept as {result.before_restore}.")
    if result.moved_aside is not None:
        print(f"The file that was there is kept as {result.moved_aside}.")
    return _restore_photos(location)


def _copy_database(args: argparse.Namespace) -> int:
    """`fieldlog copy-database --from A --to B`: every record of A into B, in one transaction."""
    from fieldlog.services.copying import check_copy_ends, copy_database

    check_copy_ends(args.source, args.target)  # the same database twice, or a source that is not there
    source = _open(args.source, writer=False)
    try:
        target = _open(args.target)
        try:
            report = copy_database(source, target, progress=_progress)
        finally:
            target.close()
    finally:
        source.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for line in report.summary_lines():
        print(line)
    return EXIT_OK


def _restore_photos(location: str) -> int:
    """After a restore: the pictures the restored database names, back from the photo backup if needed."""
    from fieldlog.services.photos import restore_photos

    database = _open(location, writer=False)
    try:
        photos = restore_photos(database)
    finally:
        database.close()
    if photos.recovered:
        print(f"{_count(photos.recovered, 'photo')} copied back into the photo store from the photo backup.")
    if photos.missing:
        print(f"{_count(len(photos.missing), 'photo')} of the restored database cannot be found:", file=sys.stderr)
        for problem in photos.missing:
            print(f"  - {problem}", file=sys.stderr)
    return EXIT_OK  # the restore itself is done; the missing photos are reported, and `check` lists them too


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
    except BrokenPipeError:
        # The reader of our output went away (`fieldlog summary | head -1`): not a failure. Point stdout at
        # nothing so Python's own flush at exit does not complain a second time.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _run(args: argparse.Namespace, location: str) -> int:
    if args.command == "template":
        from fieldlog.services.template import write_template

        write_template(args.out, args.lang)
        print(f"Wrote the template to {args.out}.")
        return EXIT_OK
    if args.command == "restore":
        return _restore(args, location)
    if args.command == "copy-database":
        return _copy_database(args)
    if args.command == "summary":
        flt = _filter(args)
        database = _open(location, writer=False)
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
    database = _open(location, writer=_writes(args))
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
        from fieldlog.services.exports import is_package_file

        return _merge(args, database) if is_package_file(args.file) else _import(args, database)
    if args.command == "export":
        return _export(args, database)
    if args.command == "backup" and database.path is None:  # a server database
        return _backup_server(args, database)
    if args.command == "backup":
        from fieldlog.services.maintenance import backup_everything

        if args.to is not None:
            raise UsageError("--to is for a server database; a database file's backups go into the backups "
                             "folder beside it")

        path, photos = backup_everything(database)
        print(f"Backed up to {path}.")
        if photos.copied or photos.already:
            print(f"Photos: {_count(photos.copied, 'picture')} copied to the photo backup, "
                  f"{photos.already:,} already there.")
        for problem in photos.missing:
            print(f"  - {problem}", file=sys.stderr)
        return EXIT_REJECTED if photos.missing else EXIT_OK
    if args.command == "attach":
        return _attach(args, database)
    raise UsageError(f"unknown command {args.command!r}")


def _backup_server(args: argparse.Namespace, database: Database) -> int:
    """`fieldlog backup` of a server database: pg_dump, or a package export when there is no pg_dump."""
    from fieldlog.services.server_backup import backup_server

    made = backup_server(database, to=args.to, progress=_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Backed up {database.display_name} to {made.path}.")
    print(f"It is {made.description}.")
    return EXIT_OK


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


def _attach(args: argparse.Namespace, database: Database) -> int:
    from fieldlog.domain.photos import PhotoTag
    from fieldlog.services.photos import attach_photos, exif_offer, fill_from_exif, list_photos, resolve_record
    from fieldlog.services.records import Records

    kind, record_id = resolve_record(database, args.record)
    attached = attach_photos(database, record_id, args.photos, max_side=args.max_side, tag=PhotoTag(args.tag),
                             caption=args.caption)
    for item in attached:
        photo = item.photo
        notes = [f"{photo.width} x {photo.height}"]
        if item.downscaled:
            notes.append("scaled down")
        if not item.new_file:
            notes.append("the picture was already in the store")
        done = "attached" if item.new_row else "was already attached"
        print(f"{item.source}: {done} to {kind} {record_id} as {photo.file_name} ({', '.join(notes)}).")
        exif = []
        if photo.taken_at is not None:
            exif.append(f"taken {photo.taken_at:%Y-%m-%d %H:%M:%S}")
        if photo.latitude is not None and photo.longitude is not None:
            exif.append(f"at {photo.latitude:.6f}, {photo.longitude:.6f}")
        print(f"  EXIF: {', '.join(exif) if exif else 'no date or position'}.")
    if kind == "event":
        if args.use_exif:
            print("An event's date is its start and its position is its site's: --use-exif fills nothing.")
        return EXIT_OK
    if not args.use_exif:
        offer = exif_offer(Records(database).get_activity(record_id), list_photos(database, record_id))
        if not offer.empty:
            print("The activity has no " + " and no ".join(
                what for what, value in (("date", offer.date), ("coordinates", offer.latitude)) if value is not None)
                + "; run again with --use-exif to fill them from the photos.")
        return EXIT_OK
    offer, saved = fill_from_exif(database, record_id)
    if saved is None:
        print("Nothing to fill from EXIF: the activity has its date and coordinates, or the photos do not say.")
        return EXIT_OK
    filled = []
    if offer.date is not None:
        filled.append(f"date {offer.date.isoformat()}")
    if offer.latitude is not None:
        filled.append(f"coordinates {offer.latitude:.6f}, {offer.longitude:.6f}")
    print(f"Filled the activity's {' and '.join(filled)} from the photos' EXIF.")
    for warning in saved.warnings:
        print(f"  warning: {warning.field}: {warning.message}")
    return EXIT_OK


def _export(args: argparse.Namespace, database: Database) -> int:
    from fieldlog.services.exports import FORMATS, ExportOptions, run_export

    export = FORMATS[args.export_format]
    options = ExportOptions(flt=_filter(args) if export.filtered else SummaryFilter(),
                            include_personal=getattr(args, "include_personal", False),
                            since=getattr(args, "since", None), for_sharing=getattr(args, "for_sharing", False),
                            language=getattr(args, "lang", ENGLISH))
    result = run_export(database, export.key, args.out, options, progress=_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    counts = ", ".join(f"{n:,} {name.replace('_', ' ')}" for name, n in result.counts.items() if n)
    print(f"Wrote {export.title} to {result.path}" + (f" ({counts})." if counts else " (no records)."))
    for note in result.notes:
        print(f"Note: {note}")
    return EXIT_OK


def _merge(args: argparse.Namespace, database: Database) -> int:
    from fieldlog.services.exchange import merge_package, preview_merge

    if args.dry_run:
        preview = preview_merge(database, args.file, progress=_progress)
        if sys.stderr.isatty():
            print(file=sys.stderr)
        for line in preview.summary_lines():
            print(line)
        print("Dry run: nothing was written.")
        return EXIT_OK
    # One pass: the package is read, verified and written in one transaction (all or nothing).
    result = merge_package(database, args.file, progress=_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(result.heading)
    for line in result.summary_lines():
        print(line)
    return EXIT_OK


def main(argv: Sequence[str] | None = None, location: str | None = None) -> int:
    """Parse `argv` and run the command (used by tests; the app's entry point is fieldlog.app.main)."""
    args = build_parser().parse_args(argv)
    return run(args, location or args.db)

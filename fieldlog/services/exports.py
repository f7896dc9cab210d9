"""Every export by name, with the options it takes: the one table the command line and the window share."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from pathlib import Path

from fieldlog.db.store import Database
from fieldlog.domain.summary import NO_FILTER, SummaryFilter
from fieldlog.domain.translatable import QT_TRANSLATE_NOOP
from fieldlog.io.language import ENGLISH, catalogue
from fieldlog.services.export_common import ExportResult, Progress


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What an export covers: the events of a filter (or, for a package, changes since a date) and whether
    personal data goes in."""

    flt: SummaryFilter = NO_FILTER
    include_personal: bool = False
    since: dt.date | None = None
    for_sharing: bool = False
    language: str = ENGLISH  # of the report's and the dashboard's words; the data are the same in every language


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One kind of export: its name on the command line, how it is called in a sentence, what it writes."""

    key: str
    title: str  # "the SER report"
    menu: str  # "SER report…"
    suffix: str  # ".xlsx", or "" for a folder
    file_filter: str
    filtered: bool = True  # takes the summary filters
    personal: bool = True  # can include personal data on request
    other_suffixes: tuple[str, ...] = ()  # further file types it writes (the dashboard: ".png" beside ".pdf")

    @property
    def folder(self) -> bool:
        """True when the export writes a folder of files rather than one file."""
        return not self.suffix


# Titles, menu entries and the file filters' descriptions are marked for the window, which translates them
# in context "exports" (a filter's patterns stay as they are).
def _format(key: str, title: str, menu: str, suffix: str, filter_words: str = "", patterns: str = "",
            **extra: object) -> ExportFormat:
    return ExportFormat(key, title, menu, suffix, f"{filter_words} ({patterns})" if patterns else "",
                        **extra)  # type: ignore[arg-type]


FORMATS: dict[str, ExportFormat] = {f.key: f for f in (
    _format("report", QT_TRANSLATE_NOOP("exports", "the SER report"),
            QT_TRANSLATE_NOOP("exports", "&SER report…"), ".xlsx",
            QT_TRANSLATE_NOOP("exports", "Excel workbooks"), "*.xlsx"),
    _format("package", QT_TRANSLATE_NOOP("exports", "the exchange package"),
            QT_TRANSLATE_NOOP("exports", "Exchange &package…"), ".fieldlog",
            QT_TRANSLATE_NOOP("exports", "fieldlog packages"), "*.fieldlog", filtered=False, personal=False),
    _format("dwc", QT_TRANSLATE_NOOP("exports", "the Darwin Core archive"),
            QT_TRANSLATE_NOOP("exports", "&Darwin Core archive…"), ".zip",
            QT_TRANSLATE_NOOP("exports", "Zip archives"), "*.zip"),
    _format("geojson", QT_TRANSLATE_NOOP("exports", "the sites as GeoJSON"),
            QT_TRANSLATE_NOOP("exports", "&GeoJSON of sites…"), ".geojson", "GeoJSON", "*.geojson *.json",
            personal=False),
    _format("csv", QT_TRANSLATE_NOOP("exports", "the CSV files"), QT_TRANSLATE_NOOP("exports", "&CSV files…"), ""),
    ExportFormat("dashboard", QT_TRANSLATE_NOOP("exports", "the dashboard"),
                 QT_TRANSLATE_NOOP("exports", "Dash&board as PDF or PNG…"), ".pdf",
                 f"{QT_TRANSLATE_NOOP('exports', 'PDF documents')} (*.pdf);;"
                 f"{QT_TRANSLATE_NOOP('exports', 'PNG images')} (*.png)", personal=False, other_suffixes=(".png",)),
)}


def describe_filter(flt: SummaryFilter, language: str = ENGLISH) -> str:
    """The filter in words ("in campaign MAD-Week 2026, in country KE (Kenya), from 2026-05-30"), or "" for
    none: how every export and the window name what an export covers ("Events {filter}"), in a shipped
    `language`. Each part reads after "Events", whichever parts there are."""
    from fieldlog.services.reference import country_name

    words = catalogue(language)
    parts = []
    if flt.campaign:
        parts.append(words("exports", QT_TRANSLATE_NOOP("exports", "in campaign {campaign}")).format(
            campaign=flt.campaign))
    if flt.country:
        code = flt.country.strip().upper()
        name = country_name(code, language)
        parts.append(words("exports", QT_TRANSLATE_NOOP("exports", "in country {code}")).format(code=code)
                     + (f" ({name})" if name else ""))
    if flt.date_from:
        parts.append(words("exports", QT_TRANSLATE_NOOP("exports", "from {date}")).format(
            date=flt.date_from.isoformat()))
    if flt.date_to:
        parts.append(words("exports", QT_TRANSLATE_NOOP("exports", "to {date}")).format(date=flt.date_to.isoformat()))
    if flt.by_activity:
        parts.append(activity_words(flt, language))
    return ", ".join(parts)


def activity_words(flt: SummaryFilter, language: str = ENGLISH) -> str:
    """What a filter by activity asks for, in words ("with planting of Avicennia marina")."""
    from fieldlog.domain.kinds import ActivityKind
    from fieldlog.services.reference import litter_categories

    words = catalogue(language)
    kind = next((words("vocabulary", kind.label).casefold() for kind in ActivityKind if kind.value == flt.kind),
                flt.kind or words("exports", QT_TRANSLATE_NOOP("exports", "an activity")))
    phrase = words("exports", QT_TRANSLATE_NOOP("exports", "with {kind}")).format(kind=kind)
    of = words("exports", QT_TRANSLATE_NOOP("exports", "{words} of {what}"))
    if flt.species:
        phrase = of.format(words=phrase, what=min(" ".join(spelling.split()) for spelling in flt.species))
    if flt.litter_item:
        labels = {category.key: category.label for category in litter_categories()}
        phrase = of.format(words=phrase, what=labels.get(flt.litter_item, flt.litter_item).casefold())
    return phrase


def is_package_file(path: Path) -> bool:
    """True for a file to merge as an exchange package rather than import as a spreadsheet: named
    `.fieldlog`, or a zip whose manifest says it is one (a damaged `.fieldlog` is then refused as a package)."""
    from fieldlog.io.package import is_package

    return path.suffix.casefold() == ".fieldlog" or is_package(path)


def run_export(database: Database, key: str, out: Path, options: ExportOptions = ExportOptions(), *,
               progress: Progress | None = None, cancel: threading.Event | None = None) -> ExportResult:
    """Write the export named `key` (a key of FORMATS) to `out`."""
    if key == "report":
        from fieldlog.services.reporting import export_report

        return export_report(database, out, options.flt, include_personal=options.include_personal,
                             language=options.language, progress=progress, cancel=cancel)
    if key == "package":
        from fieldlog.services.exchange import export_package

        return export_package(database, out, since=options.since, for_sharing=options.for_sharing,
                              progress=progress, cancel=cancel)
    if key == "dashboard":
        from fieldlog.services.dashboard import export_dashboard

        return export_dashboard(database, out, options.flt, language=options.language, progress=progress,
                                cancel=cancel)
    from fieldlog.services import open_exports

    if key == "dwc":
        return open_exports.export_dwc(database, out, options.flt, include_personal=options.include_personal,
                                       progress=progress, cancel=cancel)
    if key == "geojson":
        return open_exports.export_geojson(database, out, options.flt, progress=progress, cancel=cancel)
    if key == "csv":
        return open_exports.export_csv(database, out, options.flt, include_personal=options.include_personal,
                                       progress=progress, cancel=cancel)
    raise KeyError(key)

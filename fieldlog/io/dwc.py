"""Darwin Core Archive (occurrence core) of plantings, seed collections and invasive plant removals.

Mapping (reference/domain.md section 4): one occurrence per planting (HumanObservation), seed collection
(MaterialSample: the seed lot is a sample taken away) and invasive removal (HumanObservation). Seedball
making is not an occurrence (a seed mix is not one taxon at one place), and litter, participants and
volunteer hours are not occurrences at all. An occurrence core has no place for event-level facts (an
extension row must point at an occurrence), so those are left out and the EML says so; the SER report
carries them. Facts about an occurrence with no Darwin Core term of their own (seed mass and count, plants
sampled, population size, biomass, bags, stock type, seed source, disposal) go to a MeasurementOrFact
extension keyed by the occurrence.

Every occurrence row has coordinates: the activity's own, else its site's (said in georeferenceRemarks);
an activity with neither is left out, counted, and the count is written in the EML. Times are the site's
wall-clock time without a UTC offset, as fieldlog records them. Scientific names are as entered.

Files are tab-separated UTF-8 without quoting (GBIF's preferred form), so tabs and line breaks inside a
value become spaces. The occurrence file streams into the zip as rows come; the MeasurementOrFact rows go
to a temporary file beside the archive meanwhile (a zip takes one member at a time) and are copied in at
the end. Organizer names are written as recordedBy only when personal data is asked for.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import shutil
import tempfile
import unicodedata
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO

from fieldlog.domain.kinds import ActivityKind, NativeStatus
from fieldlog.domain.records import Activity, Event, InvasiveRemoval, Planting, SeedCollection, Site

DWC = "http://rs.tdwg.org/dwc/terms/"
DCTERMS = "http://purl.org/dc/terms/"
TEXT_NS = "http://rs.tdwg.org/dwc/text/"
OCCURRENCE_ROW_TYPE = DWC + "Occurrence"
MEASUREMENT_ROW_TYPE = DWC + "MeasurementOrFact"
CORE_FILE = "occurrence.txt"
MOF_FILE = "measurementorfact.txt"
META_FILE = "meta.xml"
EML_FILE = "eml.xml"
PLACEHOLDER = "TO BE COMPLETED BY THE PUBLISHER"

OCCURRENCE_KINDS = (ActivityKind.PLANTING, ActivityKind.SEED_COLLECTION, ActivityKind.INVASIVE_REMOVAL)
BASIS_OF_RECORD = {ActivityKind.PLANTING: "HumanObservation", ActivityKind.SEED_COLLECTION: "MaterialSample",
                   ActivityKind.INVASIVE_REMOVAL: "HumanObservation"}
ESTABLISHMENT_MEANS = {NativeStatus.NATIVE: "native", NativeStatus.INTRODUCED: "introduced",
                       NativeStatus.UNKNOWN: "uncertain"}
SITE_COORDINATES = "coordinates of the site; the activity has none of its own"


@dataclass(frozen=True, slots=True)
class Term:
    """A column of an archive file: its short name (the header) and its namespace."""

    name: str
    namespace: str = DWC

    @property
    def uri(self) -> str:
        """The term's full URI, as meta.xml names it."""
        return self.namespace + self.name


_CORE_TERMS = (
    Term("occurrenceID"), Term("basisOfRecord"), Term("modified", DCTERMS), Term("eventID"), Term("eventDate"),
    Term("scientificName"), Term("verbatimIdentification"), Term("kingdom"), Term("taxonRank"),
    Term("occurrenceStatus"), Term("individualCount"), Term("organismQuantity"), Term("organismQuantityType"),
    Term("establishmentMeans"), Term("reproductiveCondition"), Term("preparations"), Term("materialSampleID"),
    Term("recordNumber"), Term("samplingProtocol"), Term("sampleSizeValue"), Term("sampleSizeUnit"),
    Term("locationID"), Term("countryCode"), Term("country"), Term("locality"), Term("decimalLatitude"),
    Term("decimalLongitude"), Term("geodeticDatum"), Term("georeferenceRemarks"), Term("occurrenceRemarks"),
)
_PERSONAL_TERMS = (Term("recordedBy"),)
MOF_TERMS = (Term("measurementType"), Term("measurementValue"), Term("measurementUnit"))
MOF_ID_COLUMN = "id"


def occurrence_terms(*, include_personal: bool = False) -> tuple[Term, ...]:
    """The occurrence file's columns in order (recordedBy, an organizer's name, only with personal data)."""
    return _CORE_TERMS + _PERSONAL_TERMS if include_personal else _CORE_TERMS


# -- values ---------------------------------------------------------------------------------------

def clean(text: str) -> str:
    """Text for an unquoted tab-separated file: tabs, line breaks and other control characters as spaces."""
    if text.isprintable():  # nearly always: skip the character walk
        return text
    return "".join(" " if unicodedata.category(ch) in _BREAKING else ch for ch in text)


_BREAKING = {"Cc", "Zl", "Zp"}  # control characters (tab, CR, LF, ...) and the Unicode line/paragraph separators


def number(value: int | float | None) -> str:
    """A number as text (shortest exact form); empty for None or a non-finite float."""
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else ""
    return str(value)


def moment(value: dt.datetime) -> str:
    """A wall-clock time in ISO 8601 to the minute (to the second when it has seconds), without a zone."""
    return value.isoformat(timespec="seconds" if value.second else "minutes")


def event_date(event: Event, activity: Activity) -> str:
    """The activity's date, or else its event's start/end interval ("2026-05-31T09:00/2026-05-31T12:30")."""
    if activity.date is not None:
        return activity.date.isoformat()
    if event.end is None or event.end == event.start:
        return moment(event.start)
    return f"{moment(event.start)}/{moment(event.end)}"


_NOT_A_SPECIES = {"sp", "spp", "cf", "aff", "x", "×"}


def taxon_rank(name: str) -> str:
    """'species' for a binomial, 'genus' for one word or 'Genus sp.', else blank (authors, hybrids, ranks
    below species: a publisher's name matching decides those)."""
    words = name.split()
    if len(words) == 1 and words[0].isalpha():
        return "genus"
    if len(words) == 2 and words[0].isalpha():
        epithet = words[1].rstrip(".").casefold()
        if epithet in _NOT_A_SPECIES:
            return "genus" if epithet in ("sp", "spp") else ""
        if epithet.replace("-", "").isalpha() and words[1] == words[1].lower():
            return "species"
    return ""


def coordinates(activity: Activity, site: Site) -> tuple[float, float, str] | None:
    """The occurrence's latitude, longitude and a remark on where they came from: the activity's own, else
    the site's; None when neither has both."""
    if activity.latitude is not None and activity.longitude is not None:
        return activity.latitude, activity.longitude, ""
    if site.latitude is not None and site.longitude is not None:
        return site.latitude, site.longitude, SITE_COORDINATES
    return None


def _utc(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.isoformat(timespec="seconds") + "Z"


Fact = tuple[str, str, str]  # measurementType, measurementValue, measurementUnit


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One occurrence row (term name -> text) and its MeasurementOrFact rows."""

    values: dict[str, str]
    facts: tuple[Fact, ...]
    day_first: dt.date
    day_last: dt.date


def occurrence(event: Event, site: Site, activity: Activity, country: str, *,
               include_personal: bool = False) -> Occurrence | None:
    """The occurrence an activity makes, or None when it is not an occurrence or has no coordinates."""
    if activity.kind not in OCCURRENCE_KINDS:
        return None
    where = coordinates(activity, site)
    if where is None:
        return None
    lat, lon, remark = where
    species = getattr(activity, "species", None) or ""
    values: dict[str, str] = {
        "occurrenceID": f"urn:uuid:{activity.id}", "basisOfRecord": BASIS_OF_RECORD[activity.kind],
        "modified": _utc(activity.updated_at), "eventID": f"urn:uuid:{event.id}",
        "eventDate": event_date(event, activity), "scientificName": species, "verbatimIdentification": species,
        "kingdom": "Plantae", "taxonRank": taxon_rank(species), "occurrenceStatus": "present",
        "locationID": f"urn:uuid:{site.id}", "countryCode": site.country_code, "country": country,
        "locality": ", ".join(part for part in (site.name, site.locality) if part),
        "decimalLatitude": number(lat), "decimalLongitude": number(lon), "geodeticDatum": "EPSG:4326",
        "georeferenceRemarks": remark, "occurrenceRemarks": activity.notes or "",
    }
    if include_personal:
        values["recordedBy"] = event.organizer_name or ""
    facts: list[tuple[str, object, str]] = []
    match activity:
        case Planting():
            values.update(individualCount=number(activity.plants), samplingProtocol=_protocol(
                "planting", activity.stock_type.label.lower() if activity.stock_type else None))
            if activity.native_status is not None:
                values["establishmentMeans"] = ESTABLISHMENT_MEANS[activity.native_status]
            values.update(_sample_size(activity.area_m2))
            facts += [("stock type", activity.stock_type.label if activity.stock_type else None, ""),
                      ("seed source", activity.seed_source, "")]
        case SeedCollection():
            values.update(samplingProtocol="seed collection", preparations="seeds",
                          materialSampleID=activity.seed_lot_id or "", recordNumber=activity.seed_lot_id or "")
            if activity.mass_g is not None:
                values.update(organismQuantity=number(activity.mass_g), organismQuantityType="g seed mass")
            elif activity.seed_count is not None:
                values.update(organismQuantity=number(activity.seed_count), organismQuantityType="seeds")
            facts += [("seed mass", activity.mass_g, "g"), ("seed count", activity.seed_count, "seeds"),
                      ("plants sampled", activity.plants_sampled, "plants"),
                      ("population size", activity.population_size, "plants")]
        case InvasiveRemoval():
            values.update(individualCount=number(activity.stems), samplingProtocol=_protocol(
                "invasive plant removal", activity.method.label.lower() if activity.method else None))
            if activity.cover_percent is not None:
                values.update(organismQuantity=number(activity.cover_percent), organismQuantityType="% cover")
            elif activity.weight_kg is not None:
                values.update(organismQuantity=number(activity.weight_kg), organismQuantityType="kg biomass")
            if activity.phenology is not None:
                values["reproductiveCondition"] = activity.phenology.label.lower()
            values.update(_sample_size(activity.area_m2))
            facts += [("biomass removed", activity.weight_kg, "kg"), ("bags filled", activity.bags, "bags"),
                      ("disposal", activity.disposal.label if activity.disposal else None, "")]
    day_first = activity.date or event.start.date()
    day_last = activity.date or (event.end or event.start).date()
    return Occurrence({key: clean(text) for key, text in values.items()},
                      tuple((kind, _fact_text(value), unit) for kind, value, unit in facts if value is not None),
                      day_first, max(day_first, day_last))


def _protocol(what: str, how: str | None) -> str:
    return f"{what}: {how}" if how else what


def _sample_size(area_m2: float | None) -> dict[str, str]:
    return {"sampleSizeValue": number(area_m2), "sampleSizeUnit": "square metre"} if area_m2 is not None else {}


def _fact_text(value: object) -> str:
    return number(value) if isinstance(value, int | float) and not isinstance(value, bool) else clean(str(value))


# -- meta.xml and eml.xml ---------------------------------------------------------------------------

def _xml(root: ET.Element) -> bytes:
    ET.indent(root)
    text: bytes = ET.tostring(root, encoding="UTF-8", xml_declaration=True)
    return text


def _file_element(tag: str, location: str, row_type: str) -> ET.Element:
    element = ET.Element(tag, {"encoding": "UTF-8", "fieldsTerminatedBy": "\\t", "linesTerminatedBy": "\\n",
                               "fieldsEnclosedBy": "", "ignoreHeaderLines": "1", "rowType": row_type})
    ET.SubElement(ET.SubElement(element, "files"), "location").text = location
    return element


def meta_xml(core: Sequence[Term], *, measurements: bool) -> bytes:
    """The archive descriptor: the occurrence core (id = occurrenceID, column 0), and the MeasurementOrFact
    extension (coreid column 0) when there is one. Separators are written as the DwC text guide's escapes."""
    root = ET.Element("archive", {"xmlns": TEXT_NS, "metadata": EML_FILE})
    core_element = _file_element("core", CORE_FILE, OCCURRENCE_ROW_TYPE)
    root.append(core_element)
    ET.SubElement(core_element, "id", {"index": "0"})
    for index, term in enumerate(core):
        ET.SubElement(core_element, "field", {"index": str(index), "term": term.uri})
    if measurements:
        extension = _file_element("extension", MOF_FILE, MEASUREMENT_ROW_TYPE)
        root.append(extension)
        ET.SubElement(extension, "coreid", {"index": "0"})
        for index, term in enumerate(MOF_TERMS, start=1):
            ET.SubElement(extension, "field", {"index": str(index), "term": term.uri})
    return _xml(root)


@dataclass(slots=True)
class Coverage:
    """What the written occurrences span: places, days and countries."""

    west: float | None = None
    east: float | None = None
    south: float | None = None
    north: float | None = None
    first: dt.date | None = None
    last: dt.date | None = None
    countries: set[str] = field(default_factory=set)

    def add(self, lat: float, lon: float, first: dt.date, last: dt.date, country: str) -> None:
        """Widen the coverage to take one more occurrence in."""
        self.west = lon if self.west is None else min(self.west, lon)
        self.east = lon if self.east is None else max(self.east, lon)
        self.south = lat if self.south is None else min(self.south, lat)
        self.north = lat if self.north is None else max(self.north, lat)
        self.first = first if self.first is None else min(self.first, first)
        self.last = last if self.last is None else max(self.last, last)
        self.countries.add(country)


@dataclass(frozen=True, slots=True)
class DatasetInfo:
    """What the EML says beyond the data: the title, what the export selected, when it was made."""

    title: str
    scope: str  # the filter in words, "" for everything
    pub_date: dt.date
    package_id: uuid.UUID = field(default_factory=uuid.uuid4)


def _para(parent: ET.Element, tag: str, *paragraphs: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    for text in paragraphs:
        ET.SubElement(element, "para").text = text
    return element


def _party(parent: ET.Element, tag: str) -> None:
    party = ET.SubElement(parent, tag)
    ET.SubElement(party, "organizationName").text = PLACEHOLDER


def eml_description(counts: dict[str, int], without_coordinates: int, *, scope: str,
                    include_personal: bool) -> list[str]:
    """The dataset's description in paragraphs: what is in it, what is left out and why."""
    written = ", ".join(f"{counts.get(kind.value, 0):,} {kind.label.lower()} record(s)" for kind in OCCURRENCE_KINDS)
    paragraphs = [
        "Occurrences recorded at volunteer ecological-restoration events and logged with fieldlog"
        + (f" ({scope})" if scope else "") + f": {written}. Each planting (HumanObservation), seed collection "
        "(MaterialSample: the seed lot) and invasive plant removal (HumanObservation) is one occurrence; "
        "eventID links the occurrences of one event.",
        "Not included: seedball making (a seed mix is not an occurrence of one taxon), litter pickups, other "
        "activities, participants and volunteer hours. They are not occurrences, and an occurrence-core archive "
        "has no place for event-level facts; the SER report of the same events carries them.",
        "Coordinates are WGS84 decimal degrees: the activity's own, or else its site's (said in "
        "georeferenceRemarks). Coordinates are not generalised: check for sensitive species before publishing. "
        + (f"{without_coordinates:,} occurrence(s) were left out because neither the activity nor its site "
           "has coordinates." if without_coordinates else "No occurrence was left out for want of coordinates."),
        "Dates and times are the site's local wall-clock time, without a UTC offset. Scientific names are as "
        "entered by the organizers, not matched against a taxonomic backbone. Tabs and line breaks inside "
        "remarks are written as spaces.",
        "Personal data: organizer names are included as recordedBy at the exporter's request." if include_personal
        else "Personal data: no organizer names or contacts are included.",
    ]
    return paragraphs


def eml_xml(info: DatasetInfo, coverage: Coverage, description: Sequence[str]) -> bytes:
    """A GBIF-profile EML stub: title, description, dates and coverage from the data; the publishing
    organisation, contacts and licence are placeholders for the publisher to complete."""
    root = ET.Element("eml:eml", {
        "xmlns:eml": "https://eml.ecoinformatics.org/eml-2.2.0",
        "xmlns:dc": "http://purl.org/dc/terms/",
        "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
        "xsi:schemaLocation": "https://eml.ecoinformatics.org/eml-2.2.0 "
                              "http://rs.gbif.org/schema/eml-gbif-profile/1.3/eml.xsd",
        "packageId": f"urn:uuid:{info.package_id}", "system": "fieldlog", "scope": "system", "xml:lang": "en",
    })
    dataset = ET.SubElement(root, "dataset")
    ET.SubElement(dataset, "alternateIdentifier").text = f"urn:uuid:{info.package_id}"
    ET.SubElement(dataset, "title", {"xml:lang": "en"}).text = info.title
    _party(dataset, "creator")
    _party(dataset, "metadataProvider")
    ET.SubElement(dataset, "pubDate").text = info.pub_date.isoformat()
    ET.SubElement(dataset, "language").text = "en"
    _para(dataset, "abstract", *description)
    rights = ET.SubElement(dataset, "intellectualRights")
    para = ET.SubElement(rights, "para")
    para.text = "Placeholder, for the publisher to confirm: this work is licensed under a "
    link = ET.SubElement(para, "ulink", {"url": "http://creativecommons.org/licenses/by/4.0/legalcode"})
    ET.SubElement(link, "citetitle").text = "Creative Commons Attribution (CC-BY) 4.0 License"
    link.tail = "."
    licensed = ET.SubElement(dataset, "licensed")
    ET.SubElement(licensed, "licenseName").text = "Creative Commons Attribution 4.0 International"
    ET.SubElement(licensed, "url").text = "https://creativecommons.org/licenses/by/4.0/legalcode"
    ET.SubElement(licensed, "identifier").text = "CC-BY-4.0"
    _coverage(dataset, coverage)
    _party(dataset, "contact")
    methods = ET.SubElement(dataset, "methods")
    _para(ET.SubElement(methods, "methodStep"), "description",
          "Records entered or imported at volunteer restoration events with fieldlog and exported with its "
          "Darwin Core export; deleted records are never exported.")
    return _xml(root)


def _coverage(dataset: ET.Element, coverage: Coverage) -> None:
    if coverage.first is None and coverage.west is None:
        return
    element = ET.SubElement(dataset, "coverage")
    if coverage.west is not None:
        geographic = ET.SubElement(element, "geographicCoverage")
        countries = ", ".join(sorted(coverage.countries))
        ET.SubElement(geographic, "geographicDescription").text = (
            f"Restoration sites in {countries}." if countries else "Restoration sites.")
        box = ET.SubElement(geographic, "boundingCoordinates")
        for tag, value in (("westBoundingCoordinate", coverage.west), ("eastBoundingCoordinate", coverage.east),
                           ("northBoundingCoordinate", coverage.north),
                           ("southBoundingCoordinate", coverage.south)):
            ET.SubElement(box, tag).text = number(value)
    if coverage.first is not None and coverage.last is not None:
        dates = ET.SubElement(ET.SubElement(element, "temporalCoverage"), "rangeOfDates")
        ET.SubElement(ET.SubElement(dates, "beginDate"), "calendarDate").text = coverage.first.isoformat()
        ET.SubElement(ET.SubElement(dates, "endDate"), "calendarDate").text = coverage.last.isoformat()


# -- the archive ------------------------------------------------------------------------------------

class DwcArchive:
    """A Darwin Core Archive being written to `path`: `add` activities, then `finish` once.

    Leaving the `with` block without `finish` (an error, a cancel) closes the zip unfinished: the caller
    writes to a temporary path and throws it away.
    """

    def __init__(self, path: Path, *, include_personal: bool = False, zip64: bool = False) -> None:
        self.path = path
        self.include_personal = include_personal
        self.terms = occurrence_terms(include_personal=include_personal)
        self.counts: dict[str, int] = {kind.value: 0 for kind in OCCURRENCE_KINDS}
        self.without_coordinates = 0
        self.facts = 0
        self.coverage = Coverage()
        self._zip64 = zip64
        self._zip: zipfile.ZipFile | None = None
        self._core: io.TextIOWrapper | None = None
        self._mof: IO[bytes] | None = None

    def __enter__(self) -> DwcArchive:
        self._zip = zipfile.ZipFile(self.path, "w", compression=zipfile.ZIP_DEFLATED)
        try:
            self._core = io.TextIOWrapper(self._zip.open(CORE_FILE, "w", force_zip64=self._zip64),
                                          encoding="utf-8", newline="\n")
            self._core.write("\t".join(term.name for term in self.terms) + "\n")
            # Beside the archive rather than in /tmp: it may be as large as the archive, and /tmp is often small.
            self._mof = tempfile.TemporaryFile(dir=self.path.parent, prefix=".fieldlog-mof-")
            self._mof.write(("\t".join((MOF_ID_COLUMN, *(term.name for term in MOF_TERMS))) + "\n").encode())
        except BaseException:
            self._close()
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._close(quiet=error is not None)

    def _close(self, *, quiet: bool = True) -> None:
        first: BaseException | None = None
        for close in (self._close_core, self._close_mof, self._close_zip):  # all of them, whatever fails
            try:
                close()
            except (OSError, ValueError, zipfile.BadZipFile) as error:
                first = first or error
        if first is not None and not quiet:  # after an error the zip is thrown away: its closing errors are noise
            raise first

    def _close_core(self) -> None:
        core, self._core = self._core, None
        if core is not None:
            core.close()

    def _close_mof(self) -> None:
        mof, self._mof = self._mof, None
        if mof is not None:
            mof.close()

    def _close_zip(self) -> None:
        archive, self._zip = self._zip, None
        if archive is not None:
            archive.close()

    def add(self, event: Event, site: Site, activity: Activity, country: str) -> bool:
        """Write the occurrence an activity makes; False when it makes none (not an occurrence, or left out
        for want of coordinates, which is counted)."""
        assert self._core is not None and self._mof is not None, "use DwcArchive in a with block"
        made = occurrence(event, site, activity, country, include_personal=self.include_personal)
        if made is None:
            if activity.kind in OCCURRENCE_KINDS:
                self.without_coordinates += 1
            return False
        values = made.values
        self._core.write("\t".join(values.get(term.name, "") for term in self.terms) + "\n")
        occurrence_id = values["occurrenceID"]
        for fact in made.facts:
            self._mof.write(("\t".join((occurrence_id, *fact)) + "\n").encode())
        self.facts += len(made.facts)
        self.counts[activity.kind.value] += 1
        self.coverage.add(float(values["decimalLatitude"]), float(values["decimalLongitude"]), made.day_first,
                          made.day_last, country)
        return True

    def finish(self, info: DatasetInfo) -> None:
        """Close the occurrence file and write the MeasurementOrFact file, meta.xml and eml.xml."""
        assert self._zip is not None and self._mof is not None, "use DwcArchive in a with block"
        self._close_core()
        if self.facts:
            self._mof.seek(0)
            with self._zip.open(MOF_FILE, "w", force_zip64=self._zip64) as member:
                shutil.copyfileobj(self._mof, member, 1 << 20)
        self._close_mof()
        self._zip.writestr(META_FILE, meta_xml(self.terms, measurements=bool(self.facts)))
        description = eml_description(self.counts, self.without_coordinates, scope=info.scope,
                                      include_personal=self.include_personal)
        self._zip.writestr(EML_FILE, eml_xml(info, self.coverage, description))
        self._close_zip()


"""Record editor forms: a site, an event, and one form per activity kind.

A form reads its fields into a frozen domain record (`record()`), shows what is wrong at the field
(`show_issues()`), and runs the domain's quality checks as the user types: errors in red, warnings in
amber without blocking. Forms do no database work; reference data (checklist, litter categories, the
`Reference` of the checks, the event and site an activity belongs to) come in through the constructor.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldlog.domain.checks import Issue, NoReference, Reference, check_activity, check_event, check_site
from fieldlog.domain.ids import new_id
from fieldlog.domain.kinds import (
    ActivityKind,
    CleanupType,
    Disposal,
    Level,
    NativeStatus,
    Phenology,
    RemovalMethod,
    StockType,
)
from fieldlog.domain.records import (
    Activity,
    Event,
    InvasiveRemoval,
    LitterItem,
    LitterPickup,
    OtherActivity,
    Planting,
    Record,
    SeedballMaking,
    SeedCollection,
    Site,
    derived_volunteer_hours,
)
from fieldlog.domain.translatable import QT_TRANSLATE_NOOP  # typed str, unlike PySide6's (object)
from fieldlog.domain.units import Dimension
from fieldlog.services.reference import country_name
from fieldlog.ui.editors.fields import (
    ERROR_COLOUR,
    ERROR_TINT,
    WARNING_COLOUR,
    WARNING_TINT,
    ChecklistEntryLike,
    ChoiceField,
    CoordinateField,
    CountField,
    CountryField,
    DateField,
    DateTimeField,
    EnumField,
    Field,
    LitterCategoryLike,
    NotesField,
    NumberField,
    QuantityField,
    SpeciesField,
    TallyField,
    TextField,
    format_datetime,
    issue_message,
    local_number,
    sentence,
    string_list_completer,
)
from fieldlog.ui.language import column_label, window_language

FORM_WIDTH = 560  # wide enough for the longest labels and a unit picker, narrow enough beside a list
_PAIR = re.compile(r"\s*([-+]?\d+\.\d+)\s*[,;]\s*([-+]?\d+\.\d+)\s*")
_DEFERRED = {"required", "no_amount"}  # issue codes about what is still missing
_NIL = uuid.UUID(int=0)  # stands in for a missing link while checks run on an unfinished form


class RecordForm(QWidget):
    """What every editor form does: fields by data-dictionary key, live checks, issues at the field."""

    changed = Signal()  # the user changed something (not emitted by load, clear or start_next)
    CARRY_OVER: ClassVar[tuple[str, ...]] = ()  # keys start_next() keeps

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[str, Field] = {}
        self._labels: dict[str, QLabel] = {}
        self._aliases: dict[str, str] = {}
        self._loaded: Record | None = None
        self._new_id = new_id()
        self._clean_state: object = None
        self._loading = 0
        self._touched: set[str] = set()
        self._external: list[Issue] | None = None
        self._issues: list[Issue] = []
        self._submitted = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self.banner = QLabel()
        self.banner.setObjectName("form_message")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setVisible(False)
        outer.addWidget(self.banner)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        self.layout_ = QFormLayout()
        column.addLayout(self.layout_)
        column.addStretch(1)  # spare height goes below the last field, not between the rows
        self.layout_.setContentsMargins(8, 8, 8, 8)
        self.layout_.setHorizontalSpacing(12)
        self.layout_.setVerticalSpacing(8)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.scroll_area.setWidget(content)
        outer.addWidget(self.scroll_area, 1)
        self.legend = QLabel(self.tr("* required"))
        self.legend.setStyleSheet("color: #5f6368;")
        self.legend.setContentsMargins(8, 0, 8, 4)
        outer.addWidget(self.legend)
        self.setMinimumWidth(FORM_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    # -- building ---------------------------------------------------------------------------------

    def _add(self, key: str, label: str, field: Field, *, aliases: Iterable[str] = (), tip: str = "") -> Field:
        """Put a field in the form under its data-dictionary key."""
        self._fields[key] = field
        if not field.objectName():
            field.setObjectName(key)
        text = f"{label} *" if field.required else label
        caption = QLabel(text)
        caption.setObjectName(f"{key}_label")
        caption.setBuddy(field.editor())
        # Level with the editor's first line, not centred on the editor and its message together.
        caption.setFixedHeight(min(field.editor().sizeHint().height(), QLineEdit().sizeHint().height()))
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if tip:
            caption.setToolTip(tip)
            field.editor().setToolTip(tip)
        self._labels[key] = caption
        self.layout_.addRow(caption, field)
        for alias in aliases:
            self._aliases[alias] = key
        field.changed.connect(lambda key=key: self._field_changed(key))
        field.edited.connect(lambda key=key: self._touched.add(key))
        return field

    def _finish(self) -> None:
        """Chain the tab order through every field and take a clean state."""
        widgets = [widget for field in self._fields.values() for widget in field.focus_widgets()]
        for before, after in itertools.pairwise(widgets):
            QWidget.setTabOrder(before, after)
        self._clean_state = self._state()
        self._refresh()

    # -- public API -------------------------------------------------------------------------------

    def field(self, key: str) -> Field:
        """The field of a data-dictionary key (or an alias used by the checks)."""
        return self._fields[self._aliases.get(key, key)]

    def keys(self) -> list[str]:
        """The data-dictionary keys of the fields, in form order."""
        return list(self._fields)

    def label(self, key: str) -> str | None:
        """A field's caption as the form shows it, without the required mark or a unit ("Volunteer hours");
        None when the form has no field of that key (or alias)."""
        caption = self._labels.get(self._aliases.get(key, key))
        if caption is None:
            return None
        return re.sub(r"\s*\([^)]*\)", "", caption.text().removesuffix(" *")).strip()

    def load(self, record: Any) -> None:
        """Show a stored record for editing; the form is then clean."""
        self._begin()
        try:
            self._loaded = record
            self._show(record)
        finally:
            self._end()

    def clear(self) -> None:
        """Start a new, blank record."""
        self._begin()
        try:
            self._loaded = None
            self._new_id = new_id()
            for field in self._fields.values():
                field.clear()
            self._defaults()
        finally:
            self._end()

    def start_next(self) -> None:
        """Start the next record of the same kind, keeping what usually stays the same (CARRY_OVER)."""
        self._begin()
        try:
            self._loaded = None
            self._new_id = new_id()
            for key, field in self._fields.items():
                if key not in self.CARRY_OVER:
                    field.clear()
                else:
                    field.reset_messages()
        finally:
            self._end()
        first = next((f for k, f in self._fields.items() if k not in self.CARRY_OVER), None)
        if first is not None:
            first.setFocus()

    def record(self) -> Any:
        """The record as entered, or None (with messages at the fields) when a field cannot be read.

        Quality-check errors do not make it None: they are shown in place and the services refuse the
        save; `has_errors()` tells them apart beforehand.
        """
        self._submitted = True
        for field in self._fields.values():
            field.reveal()
        self._refresh()
        bad = [key for key, field in self._fields.items()
               if field.problem() is not None or (field.required and field.is_blank())]
        missing_context = self._missing_context()
        if bad or missing_context:
            parts = [missing_context] if missing_context else []
            if bad:
                parts.append(self.tr("Some fields need attention (marked in red)."))
            self._set_banner(parts, Level.ERROR)
            if bad:
                self._fields[bad[0]].setFocus()
            return None
        return self._build(self._values(), probe=False)

    def show_issues(self, issues: Sequence[Issue]) -> None:
        """Show issues (from the services, say) at their fields until the next change."""
        self._external = list(issues)
        self._refresh()

    def issues(self) -> list[Issue]:
        """The quality issues shown now (checks as the user typed, or those given to show_issues)."""
        return list(self._issues)

    def has_errors(self) -> bool:
        """True when a field cannot be read, a required one is blank, or a check found an error."""
        return (any(f.problem() is not None or (f.required and f.is_blank()) for f in self._fields.values())
                or any(issue.is_error for issue in self._issues) or bool(self._missing_context()))

    def is_dirty(self) -> bool:
        """True when what is entered differs from what was loaded (or from the blank form)."""
        return self._state() != self._clean_state

    def mark_clean(self) -> None:
        """Take what is entered now as saved (after the caller stored the record)."""
        self._clean_state = self._state()

    def message(self) -> str:
        """The form-level message (issues of no field on this form), empty when none."""
        return self.banner.text() if not self.banner.isHidden() else ""

    # -- what subclasses provide ------------------------------------------------------------------

    def _show(self, record: Any) -> None:
        """Put a record's values into the fields."""
        raise NotImplementedError

    def _defaults(self) -> None:
        """Values a new record starts with."""

    def _build(self, values: dict[str, Any], *, probe: bool) -> Any:
        """The record from field values; with `probe`, blanks get stand-ins so checks can run."""
        raise NotImplementedError

    def _check(self, record: Any) -> list[Issue]:
        """The domain's quality checks of the record."""
        raise NotImplementedError

    def _missing_context(self) -> str:
        """Why the record cannot be built whatever the fields say ("" when it can)."""
        return ""

    def _before_refresh(self, key: str) -> None:
        """React to a change of one field before the checks run (derived values)."""

    # -- machinery --------------------------------------------------------------------------------

    def _record_id(self) -> uuid.UUID:
        return self._loaded.id if self._loaded is not None else self._new_id

    def _replace_or_new(self, cls: type[Any], values: dict[str, Any]) -> Any:
        """A changed copy of the loaded record (same id, times, provenance), or a new one."""
        if self._loaded is not None and type(self._loaded) is cls:
            return dataclasses.replace(self._loaded, **values)
        return cls(id=self._new_id, **values)

    def _state(self) -> object:
        return tuple(field.state() for field in self._fields.values())

    def _values(self) -> dict[str, Any]:
        return {key: field.value() for key, field in self._fields.items()}

    def _begin(self) -> None:
        self._loading += 1

    def _end(self) -> None:
        self._loading -= 1
        if self._loading:
            return
        self._touched.clear()
        self._external = None
        self._submitted = False
        for field in self._fields.values():
            field.reset_messages()
        self._clean_state = self._state()
        self._refresh()

    def _field_changed(self, key: str) -> None:
        if self._loading:
            return
        self._before_refresh(key)
        self._external = None
        self._refresh()
        self.changed.emit()

    def _key_of(self, field_name: str) -> str | None:
        key = self._aliases.get(field_name, field_name)
        return key if key in self._fields else None

    def _refresh(self) -> None:
        """Run the checks on what is entered and put every message where it belongs."""
        values = self._values()
        blank_required = {key for key, f in self._fields.items() if f.required and f.is_blank()}
        if self._external is not None:
            issues = self._external
        else:
            try:
                issues = self._check(self._build(values, probe=True))
            except (TypeError, ValueError, AttributeError):
                issues = []  # a stand-in the checks cannot judge: they run again on the next change
        # A blank required field says "Required" (once touched or asked for), not the check's words.
        shown = [i for i in issues if self._key_of(i.field) not in blank_required]
        if self._external is None and not self._submitted:
            # "Give at least one of ..." waits until the user worked on that field or asked for the
            # record: a fresh form shows the grey hint instead of starting out red.
            shown = [i for i in shown if i.code not in _DEFERRED or self._key_of(i.field) in self._touched]
        self._issues = shown
        per_field: dict[str, list[tuple[Level, str]]] = {key: [] for key in self._fields}
        homeless: list[Issue] = []
        required = self.tr("Required")
        for issue in shown:
            key = self._key_of(issue.field)
            if key is None:
                homeless.append(issue)
            else:
                message = required if issue.message.strip() == "is required" else issue_message(issue)
                per_field[key].append((issue.level, message))
        for key in blank_required:
            if self._submitted or key in self._touched:
                per_field[key].insert(0, (Level.ERROR, required))
        for key, field in self._fields.items():
            field.set_issues(per_field[key])
        lines = [self.tr("{field}: {message}").format(field=issue.field.replace("_", " ").capitalize(),
                                                      message=issue_message(issue)) for issue in homeless]
        level = Level.ERROR if any(issue.is_error for issue in homeless) else Level.WARNING
        context = self._missing_context() if self._submitted else ""
        self._set_banner([context, *lines] if context else lines, level if homeless else Level.ERROR)

    def _set_banner(self, lines: Sequence[str], level: Level) -> None:
        colour, tint = (ERROR_COLOUR, ERROR_TINT) if level is Level.ERROR else (WARNING_COLOUR, WARNING_TINT)
        self.banner.setText("\n".join(sentence(line) for line in lines))
        self.banner.setStyleSheet(f"color: {colour}; background: {tint}; padding: 6px; border-radius: 3px;")
        self.banner.setVisible(bool(lines))

    def _coordinates(self) -> None:
        """Latitude and longitude fields; a pasted "lat, lon" pair in the latitude is split in two."""
        latitude = self._add("latitude", column_label(QT_TRANSLATE_NOOP("columns", "Latitude")),
                             CoordinateField("latitude"),
                             tip=self.tr("WGS84 degrees: -1.2367, or 1°14'12\"S; south is negative"))
        self._add("longitude", column_label(QT_TRANSLATE_NOOP("columns", "Longitude")), CoordinateField("longitude"),
                  tip=self.tr("WGS84 degrees: 36.835, or 36°50'06\"E; west is negative"))
        assert isinstance(latitude, CoordinateField)
        latitude.line.editingFinished.connect(self._split_pair)

    def _split_pair(self) -> None:
        latitude, longitude = self._fields["latitude"], self._fields["longitude"]
        assert isinstance(latitude, CoordinateField) and isinstance(longitude, CoordinateField)
        match = _PAIR.fullmatch(latitude.text())
        if match and longitude.is_blank():
            longitude.line.setText(match[2])
            latitude.line.setText(match[1])
            longitude.reveal()
            latitude.reveal()


# -- site -------------------------------------------------------------------------------------------

class SiteForm(RecordForm):
    """A site: name, country, locality, coordinates and area."""

    CARRY_OVER = ("country_code", "locality")

    def __init__(self, reference: Reference | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference: Reference = reference or NoReference()
        self._add("site_name", self.tr("Site name"),
                  TextField(required=True, placeholder=self.tr("Like Karura Forest, east gate")), aliases=("name",))
        self._add("country_code", column_label(QT_TRANSLATE_NOOP("columns", "Country")), CountryField(required=True))
        self._add("locality", column_label(QT_TRANSLATE_NOOP("columns", "Locality")),
                  TextField(placeholder=self.tr("Town, district or park")))
        self._coordinates()
        self._add("site_area_m2", column_label(QT_TRANSLATE_NOOP("columns", "Site area")),
                  QuantityField(Dimension.AREA, "m2"), aliases=("area_m2",),
                  tip=self.tr("The whole site; converted to m² when saved"))
        self._finish()

    def _show(self, record: Site) -> None:
        self._fields["site_name"].set_value(record.name)
        self._fields["country_code"].set_value(record.country_code)
        self._fields["locality"].set_value(record.locality)
        self._fields["latitude"].set_value(record.latitude)
        self._fields["longitude"].set_value(record.longitude)
        self._fields["site_area_m2"].set_value(record.area_m2)

    def _build(self, values: dict[str, Any], *, probe: bool) -> Site:
        fields = {"name": values["site_name"] or "", "country_code": values["country_code"] or "",
                  "locality": values["locality"], "latitude": values["latitude"],
                  "longitude": values["longitude"], "area_m2": values["site_area_m2"]}
        return self._replace_or_new(Site, fields)  # type: ignore[no-any-return]

    def _check(self, record: Site) -> list[Issue]:
        return check_site(record, self.reference)


# -- event ------------------------------------------------------------------------------------------

def site_label(site: Site) -> str:
    """How a site is offered in the event form: name, country and locality."""
    where = ", ".join(part for part in (country_name(site.country_code, window_language()), site.locality) if part)
    return f"{site.name} ({where})" if where else site.name


class SiteChoiceField(ChoiceField):
    """The site an event takes place at, picked (with completion) from the sites given."""

    def __init__(self, sites: Sequence[Site] = (), parent: QWidget | None = None, *, required: bool = True) -> None:
        super().__init__([(site_label(s), s.id) for s in sites], parent, editable=True, required=required,
                         placeholder=self.tr("Type part of a site's name"))

    def lookup(self, text: str) -> Any:
        """The one listed site whose label contains the text (any case)."""
        wanted = " ".join(text.split()).casefold()
        found = [self.combo.itemData(i) for i in range(self.combo.count())
                 if self.combo.itemData(i) is not None and wanted in self.combo.itemText(i).casefold()]
        if len(found) == 1:
            return found[0]
        if found:
            raise ValueError(self.tr("%Ln site(s) match '{text}'; pick one from the list", "", len(found)).format(
                text=text.strip()))
        raise ValueError(self.tr("Pick a site from the list; a new site is added in the site editor first"))

    def describe(self, value: Any) -> str:
        """A site that is not in the list."""
        return self.tr("Site {id}").format(id=value)


class EventForm(RecordForm):
    """An event at a site. Volunteer hours fill themselves from participants x duration until typed."""

    CARRY_OVER = ("campaign", "site_id", "start", "end", "organisation", "organizer_name", "organizer_contact")

    def __init__(self, sites: Sequence[Site] = (), parent: QWidget | None = None, *,
                 campaigns: Iterable[str] = ()) -> None:
        super().__init__(parent)
        self._sites = {site.id: site for site in sites}
        self._hours_derived = True
        self._add("event_name", self.tr("Event name"),
                  TextField(required=True, placeholder=self.tr("Like Karura planting day 2026")))
        campaign = self._add("campaign", column_label(QT_TRANSLATE_NOOP("columns", "Campaign")),
                             TextField(placeholder=self.tr("Like MAD-Week 2026")))
        assert isinstance(campaign, TextField)
        campaign.line.setCompleter(string_list_completer(campaigns, campaign))
        self._add("site_id", column_label(QT_TRANSLATE_NOOP("columns", "Site")),
                  SiteChoiceField(sites), aliases=("site_name", "site"))
        self._add("start", self.tr("Starts"), DateTimeField(required=True), tip=self.tr("Local time at the site"))
        self._add("end", self.tr("Ends"), DateTimeField(),
                  tip=self.tr("Local time at the site; needed to work out volunteer hours"))
        self._add("participants", column_label(QT_TRANSLATE_NOOP("columns", "Participants")), CountField(required=True),
                  tip=self.tr("People who took part"))
        hours_label = column_label(QT_TRANSLATE_NOOP("columns", "Volunteer hours"))
        hours = self._add("volunteer_hours", f"{hours_label} (h)", NumberField(),
                          tip=self.tr("Hours everyone worked together; left blank, participants x duration is used"))
        assert isinstance(hours, NumberField)
        hours.edited.connect(self._hours_edited)
        hours.line.editingFinished.connect(self._hours_finished)
        self._add("organisation", column_label(QT_TRANSLATE_NOOP("columns", "Organisation")), TextField())
        self._add("organizer_name", column_label(QT_TRANSLATE_NOOP("columns", "Organizer")), TextField())
        self._add("organizer_contact", column_label(QT_TRANSLATE_NOOP("columns", "Organizer contact")),
                  TextField(placeholder=self.tr("Email or phone")),
                  tip=self.tr("Personal: stays on this laptop, never in a report unless you ask"))
        self._fields["organizer_contact"].set_note(self.tr("Personal: stays on this laptop"))
        self._add("notes", column_label(QT_TRANSLATE_NOOP("columns", "Notes")), NotesField())
        self._finish()

    def set_sites(self, sites: Sequence[Site]) -> None:
        """Offer these sites (the one picked stays picked when it is among them)."""
        self._sites = {site.id: site for site in sites}
        field = self._fields["site_id"]
        assert isinstance(field, ChoiceField)
        self._begin_quiet(lambda: field.set_choices([(site_label(s), s.id) for s in sites]))

    def _begin_quiet(self, action: Callable[[], None]) -> None:
        self._loading += 1
        try:
            action()
        finally:
            self._loading -= 1
        self._refresh()

    def hours_derived(self) -> bool:
        """True while the volunteer hours are participants x duration rather than typed."""
        return self._hours_derived

    def derived_hours(self) -> float | None:
        """participants x duration from what is entered, or None when that cannot be worked out."""
        participants, start, end = (self._fields[k].value() for k in ("participants", "start", "end"))
        if participants is None or start is None or end is None:
            return None
        return derived_volunteer_hours(Event(event_name="", site_id=_NIL, start=start, end=end,
                                             participants=participants))

    def _hours_edited(self) -> None:
        hours = self._fields["volunteer_hours"]
        # Typing a number takes the hours over; emptying the field hands them back to the rule.
        self._hours_derived = hours.is_blank()
        self._show_derived(fill=False)

    def _hours_finished(self) -> None:
        if self._hours_derived:
            self._show_derived(fill=True)

    def _show_derived(self, *, fill: bool) -> None:
        hours = self._fields["volunteer_hours"]
        assert isinstance(hours, NumberField)
        derived = self.derived_hours()
        text = "" if derived is None else local_number(round(derived, 2))
        hours.line.setPlaceholderText(text)
        if not self._hours_derived:
            hours.set_note(self.tr("Typed in (empty the field to work it out from participants x duration)"))
            return
        if fill or not hours.is_blank():
            # The derived value is written by the program, so it does not count as typed by the user.
            self._loading += 1
            try:
                hours.set_text(text)
            finally:
                self._loading -= 1
        participants = self._fields["participants"].value()
        duration = (derived / participants) if derived is not None and participants else None
        hours.set_note(self.tr("Worked out: %Ln participant(s) x {hours} h", "", participants).format(
                           hours=local_number(round(duration, 2)))
                       if duration is not None else self.tr("Worked out from participants x duration once both are in"))

    def _before_refresh(self, key: str) -> None:
        if key in ("participants", "start", "end"):
            self._show_derived(fill=self._hours_derived)

    def _show(self, record: Event) -> None:
        if record.site_id not in self._sites:
            field = self._fields["site_id"]
            assert isinstance(field, ChoiceField)
            choices = [(site_label(s), s.id) for s in self._sites.values()]
            field.set_choices([*choices, (self.tr("Site {id}…").format(id=str(record.site_id)[:8]), record.site_id)])
        for key in ("event_name", "campaign", "site_id", "start", "end", "participants", "organisation",
                    "organizer_name", "organizer_contact", "notes"):
            self._fields[key].set_value(getattr(record, key))
        self._hours_derived = record.hours_derived or record.volunteer_hours is None
        self._fields["volunteer_hours"].set_value(record.volunteer_hours)
        self._show_derived(fill=self._hours_derived)

    def _defaults(self) -> None:
        self._hours_derived = True
        self._show_derived(fill=True)

    def start_next(self) -> None:
        """Start the next event at the same site and time, keeping campaign and organizer."""
        super().start_next()
        self._hours_derived = True
        self._begin_quiet(lambda: self._show_derived(fill=True))
        self._clean_state = self._state()

    def _build(self, values: dict[str, Any], *, probe: bool) -> Event:
        start = values["start"]
        if start is None and probe:
            start = values["end"] or dt.datetime(2000, 1, 1)
        participants = values["participants"]
        if participants is None and probe:
            participants = 0
        fields: dict[str, Any] = {key: values[key] for key in (
            "event_name", "campaign", "end", "organisation", "organizer_name", "organizer_contact", "notes")}
        fields.update(event_name=values["event_name"] or "", site_id=values["site_id"] or _NIL, start=start,
                      participants=participants)
        event: Event = self._replace_or_new(Event, {**fields, "volunteer_hours": None, "hours_derived": False})
        if self._hours_derived:
            hours = derived_volunteer_hours(event)
            return dataclasses.replace(event, volunteer_hours=hours, hours_derived=hours is not None)
        return dataclasses.replace(event, volunteer_hours=values["volunteer_hours"], hours_derived=False)

    def _check(self, record: Event) -> list[Issue]:
        return check_event(record)

    def _state(self) -> object:
        return (super()._state(), self._hours_derived)


# -- activities -------------------------------------------------------------------------------------

class ActivityForm(RecordForm):
    """What every activity form has: its event, date, location and notes; subclasses add their kind's."""

    kind: ClassVar[ActivityKind]
    record_class: ClassVar[type[Activity]]
    CARRY_OVER = ("date", "latitude", "longitude")

    def __init__(self, event: Event | None = None, site: Site | None = None, *, reference: Reference | None = None,
                 checklist: Sequence[ChecklistEntryLike] = (), today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference: Reference = reference or NoReference()
        self.checklist = checklist
        self._today = today
        self._event = event
        self._site = site
        self.event_label = QLabel()
        self.event_label.setObjectName("event_label")
        self.event_label.setWordWrap(True)
        self.event_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.layout_.addRow(column_label(QT_TRANSLATE_NOOP("columns", "Event")), self.event_label)
        self._add("date", column_label(QT_TRANSLATE_NOOP("columns", "Date")),
                  DateField(), tip=self.tr("Blank: the day the event starts"))
        self._kind_fields()
        self._coordinates()
        self._add("notes", column_label(QT_TRANSLATE_NOOP("columns", "Notes")), NotesField())
        self._show_event()
        self._finish()

    def _kind_fields(self) -> None:
        """Add the fields of the activity kind."""
        raise NotImplementedError

    def set_event(self, event: Event | None, site: Site | None = None) -> None:
        """The event (and its site) the activity belongs to: it links the record and informs the checks."""
        self._event, self._site = event, site
        self._show_event()
        self._refresh()

    def current_event(self) -> Event | None:
        """The event the activity belongs to."""
        return self._event

    def _show_event(self) -> None:
        date = self._fields["date"]
        assert isinstance(date, DateField)
        if self._event is None:
            self.event_label.setText(self.tr("No event chosen"))
            date.line.setPlaceholderText(date.event_day_hint(None))
            return
        start = format_datetime(self._event.start)
        if self._site is not None:
            text = self.tr("{event} at {site}, {start}").format(event=self._event.event_name, site=self._site.name,
                                                               start=start)
        else:
            text = self.tr("{event}, {start}").format(event=self._event.event_name, start=start)
        self.event_label.setText(text)
        date.line.setPlaceholderText(date.event_day_hint(self._event.start.date()))

    def _missing_context(self) -> str:
        if self._event is None and not isinstance(self._loaded, Activity):
            return self.tr("Choose the event this activity belongs to first.")
        return ""

    def _event_id(self) -> uuid.UUID:
        if self._event is not None:
            return self._event.id
        return self._loaded.event_id if isinstance(self._loaded, Activity) else _NIL

    def _show(self, record: Activity) -> None:
        for key in ("date", "latitude", "longitude", "notes"):
            self._fields[key].set_value(getattr(record, key))
        self._show_kind(record)

    def _show_kind(self, record: Any) -> None:
        """Put the kind's values into its fields."""
        for key in self._kind_keys():
            self._fields[key].set_value(getattr(record, key))

    def _kind_keys(self) -> list[str]:
        return [key for key in self._fields if key not in ("date", "latitude", "longitude", "notes")]

    def _build(self, values: dict[str, Any], *, probe: bool) -> Activity:
        common = {"event_id": self._event_id(), "date": values["date"], "latitude": values["latitude"],
                  "longitude": values["longitude"], "notes": values["notes"]}
        return self._replace_or_new(self.record_class,  # type: ignore[no-any-return]
                                    {**common, **self._kind_values(values, probe=probe)})

    def _kind_values(self, values: dict[str, Any], *, probe: bool) -> dict[str, Any]:
        """The kind's record fields from field values (blank required ones get stand-ins with `probe`)."""
        result = {key: values[key] for key in self._kind_keys()}
        for key, stand_in in self._stand_ins().items():
            if result.get(key) is None:
                result[key] = stand_in
        return result

    def _stand_ins(self) -> dict[str, Any]:
        """Values of required fields while they are blank (the checks need a complete record)."""
        return {}

    def _check(self, record: Activity) -> list[Issue]:
        return check_activity(record, self._event, self._site, self.reference, self._today())


class PlantingForm(ActivityForm):
    """Plants put in the ground."""

    kind = ActivityKind.PLANTING
    record_class = Planting

    def _kind_fields(self) -> None:
        self._add("species", column_label(QT_TRANSLATE_NOOP("columns", "Species")),
                  SpeciesField(self.checklist, required=True))
        self._add("plants", self.tr("Plants planted"), CountField(required=True))
        self._add("native_status", column_label(QT_TRANSLATE_NOOP("columns", "Native status")), EnumField(NativeStatus),
                  tip=self.tr("Is the species native where it was planted?"))
        self._add("stock_type", column_label(QT_TRANSLATE_NOOP("columns", "Stock type")), EnumField(StockType))
        self._add("area_m2", self.tr("Area planted"), QuantityField(Dimension.AREA, "m2"))
        self._add("seed_source", column_label(QT_TRANSLATE_NOOP("columns", "Seed source")),
                  TextField(placeholder=self.tr("Nursery, seed lot or provenance")))

    def _stand_ins(self) -> dict[str, Any]:
        return {"species": "", "plants": 1}


class SeedCollectionForm(ActivityForm):
    """A seed lot collected from a wild population."""

    kind = ActivityKind.SEED_COLLECTION
    record_class = SeedCollection

    def _kind_fields(self) -> None:
        self._add("species", column_label(QT_TRANSLATE_NOOP("columns", "Species")),
                  SpeciesField(self.checklist, required=True))
        self._add("seed_lot_id", self.tr("Seed lot id"), TextField(placeholder=self.tr("Like KE-2026-000123")))
        self._add("mass_g", column_label(QT_TRANSLATE_NOOP("columns", "Seed mass")), QuantityField(Dimension.MASS, "g"))
        self._add("seed_count", column_label(QT_TRANSLATE_NOOP("columns", "Seed count")), CountField())
        self._fields["mass_g"].set_note(self.tr("Give the seed mass, the seed count, or both"))
        self._add("plants_sampled", column_label(QT_TRANSLATE_NOOP("columns", "Plants sampled")), CountField(),
                  tip=self.tr("At least 50 keeps the lot's diversity"))
        self._add("population_size", column_label(QT_TRANSLATE_NOOP("columns", "Population size")), CountField(),
                  tip=self.tr("Plants in the population, roughly"))

    def _stand_ins(self) -> dict[str, Any]:
        return {"species": ""}


class SeedballMakingForm(ActivityForm):
    """Seedballs made from a seed mix."""

    kind = ActivityKind.SEEDBALL_MAKING
    record_class = SeedballMaking

    def _kind_fields(self) -> None:
        self._add("seedballs", self.tr("Seedballs made"), CountField(required=True))
        self._add("seed_mass_g", self.tr("Seed used"), QuantityField(Dimension.MASS, "g"))
        self._add("species", self.tr("Species in the mix"), SpeciesField(self.checklist, multiple=True))

    def _stand_ins(self) -> dict[str, Any]:
        return {"seedballs": 1}


class InvasiveRemovalForm(ActivityForm):
    """An invasive plant pulled, cut or treated."""

    kind = ActivityKind.INVASIVE_REMOVAL
    record_class = InvasiveRemoval

    def _kind_fields(self) -> None:
        self._add("species", column_label(QT_TRANSLATE_NOOP("columns", "Species")),
                  SpeciesField(self.checklist, required=True))
        self._add("method", column_label(QT_TRANSLATE_NOOP("columns", "Method")), EnumField(RemovalMethod))
        self._add("area_m2", self.tr("Area treated"), QuantityField(Dimension.AREA, "m2"))
        self._add("weight_kg", self.tr("Weight removed"), QuantityField(Dimension.MASS, "kg"),
                  tip=self.tr("Wet weight"))
        self._add("bags", self.tr("Bags filled"), CountField())
        self._add("stems", self.tr("Stems or plants"), CountField())
        self._fields["area_m2"].set_note(self.tr("Give at least one of area, weight, bags or stems"))
        self._add("cover_percent", self.tr("Cover (%)"), NumberField(),
                  tip=self.tr("How much of the area the species covered"))
        self._add("phenology", self.tr("Life stage"), EnumField(Phenology))
        self._add("disposal", column_label(QT_TRANSLATE_NOOP("columns", "Disposal")), EnumField(Disposal))

    def _stand_ins(self) -> dict[str, Any]:
        return {"species": ""}


class LitterPickupForm(ActivityForm):
    """Litter picked up: bags, weight, distance and an item tally."""

    kind = ActivityKind.LITTER_PICKUP
    record_class = LitterPickup

    def __init__(self, event: Event | None = None, site: Site | None = None, *, reference: Reference | None = None,
                 checklist: Sequence[ChecklistEntryLike] = (), litter_categories: Sequence[LitterCategoryLike] = (),
                 today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None) -> None:
        self.litter_categories = litter_categories
        super().__init__(event, site, reference=reference, checklist=checklist, today=today, parent=parent)

    def _kind_fields(self) -> None:
        self._add("cleanup_type", column_label(QT_TRANSLATE_NOOP("columns", "Cleanup type")), EnumField(CleanupType))
        self._add("bags", self.tr("Bags filled"), CountField())
        self._add("weight_kg", self.tr("Weight collected"), QuantityField(Dimension.MASS, "kg"))
        self._add("distance_m", self.tr("Distance covered"), QuantityField(Dimension.LENGTH, "m"))
        self._fields["bags"].set_note(self.tr("Give at least one of bags, weight or an item count"))
        self._add("items", self.tr("Items"), TallyField(self.litter_categories),
                  aliases=("item_category", "item_count"))

    def _show_kind(self, record: LitterPickup) -> None:
        for key in ("cleanup_type", "bags", "weight_kg", "distance_m"):
            self._fields[key].set_value(getattr(record, key))
        self._fields["items"].set_value([(item.item_category, item.item_count) for item in record.items])

    def _kind_values(self, values: dict[str, Any], *, probe: bool) -> dict[str, Any]:
        result = {key: values[key] for key in ("cleanup_type", "bags", "weight_kg", "distance_m")}
        record_id = self._record_id()
        # Unchanged lines keep their identity, so an edit does not look like a new tally.
        before = {(item.item_category, item.item_count): item for item in self._loaded.items} \
            if isinstance(self._loaded, LitterPickup) else {}
        result["items"] = tuple(before.get((category, count))
                                or LitterItem(activity_id=record_id, item_category=category, item_count=count)
                                for category, count in values["items"])
        return result


class OtherActivityForm(ActivityForm):
    """Anything else volunteers did, described in words."""

    kind = ActivityKind.OTHER
    record_class = OtherActivity

    def _kind_fields(self) -> None:
        self._add("description", self.tr("What was done"),
                  NotesField(required=True, lines=2, placeholder=self.tr("Like Trail maintenance")))
        self._add("quantity", column_label(QT_TRANSLATE_NOOP("columns", "Quantity")), NumberField())
        unit = self._add("unit", column_label(QT_TRANSLATE_NOOP("columns", "Unit")),
                         TextField(placeholder=self.tr("Like m, boxes, surveys")))
        assert isinstance(unit, TextField)
        unit.narrow(200)

    def _stand_ins(self) -> dict[str, Any]:
        return {"description": ""}


ACTIVITY_FORMS: dict[ActivityKind, type[ActivityForm]] = {
    form.kind: form for form in (PlantingForm, SeedCollectionForm, SeedballMakingForm, InvasiveRemovalForm,
                                 LitterPickupForm, OtherActivityForm)
}


def activity_form(kind: ActivityKind | str, event: Event | None = None, site: Site | None = None, *,
                  reference: Reference | None = None, checklist: Sequence[ChecklistEntryLike] = (),
                  litter_categories: Sequence[LitterCategoryLike] = (),
                  today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None) -> ActivityForm:
    """The form of an activity kind (key or label)."""
    parsed = ActivityKind(ActivityKind.parse(kind)) if isinstance(kind, str) else kind
    if parsed is ActivityKind.LITTER_PICKUP:
        return LitterPickupForm(event, site, reference=reference, checklist=checklist,
                                litter_categories=litter_categories, today=today, parent=parent)
    return ACTIVITY_FORMS[parsed](event, site, reference=reference, checklist=checklist, today=today, parent=parent)

"""The record editors with real widgets: bad input explained at the field, records built for every kind."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QWidget

from fieldlog.domain.checks import Issue
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
    Event,
    InvasiveRemoval,
    LitterItem,
    LitterPickup,
    OtherActivity,
    Planting,
    SeedballMaking,
    SeedCollection,
    Site,
)
from fieldlog.domain.units import convert
from fieldlog.io.resources import ChecklistEntry, LitterCategory, read_checklist, read_litter_categories
from fieldlog.services.reference import ReferenceData
from fieldlog.ui.editors import (
    ActivityForm,
    EventForm,
    InvasiveRemovalForm,
    LitterPickupForm,
    OtherActivityForm,
    PlantingForm,
    SeedballMakingForm,
    SeedCollectionForm,
    SiteForm,
    activity_form,
)
from fieldlog.ui.editors.fields import (
    ChoiceField,
    CoordinateField,
    CountField,
    CountryField,
    DateField,
    DateTimeField,
    EnumField,
    Field,
    QuantityField,
    SpeciesField,
    TallyField,
)

TODAY = dt.date(2026, 11, 21)


# -- fixtures and helpers ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def checklist() -> list[ChecklistEntry]:
    """The shipped species checklist."""
    return read_checklist()


@pytest.fixture(scope="module")
def categories() -> list[LitterCategory]:
    """The shipped litter item categories."""
    return read_litter_categories()


@pytest.fixture(scope="module")
def reference(checklist: list[ChecklistEntry]) -> ReferenceData:
    """Countries, their boxes and the checklist, as the checks use them."""
    return ReferenceData(checklist)


@pytest.fixture
def site() -> Site:
    """A site in Nairobi (not stored: forms do no database work)."""
    return Site(name="Karura Forest", country_code="KE", locality="Nairobi", latitude=-1.2367, longitude=36.835,
                area_m2=40_000)


@pytest.fixture
def event(site: Site) -> Event:
    """12 people for 3 hours at the Nairobi site."""
    return Event(event_name="Karura planting day", site_id=site.id, start=dt.datetime(2026, 5, 31, 9),
                 end=dt.datetime(2026, 5, 31, 12), participants=12)


def line_of(field: Field) -> QLineEdit:
    """The line edit the user types into."""
    editor = field.editor()
    if isinstance(editor, QComboBox):
        line = editor.lineEdit()
        assert line is not None
        return line
    assert isinstance(editor, QLineEdit)
    return editor


def type_in(qtbot: Any, field: Field, text: str, *, finish: bool = True) -> None:
    """Type `text` into an emptied field, then press Enter (the user is done with the field)."""
    line = line_of(field)
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, text)
    if finish:
        qtbot.keyClick(line, Qt.Key.Key_Return)


def fill(qtbot: Any, form: Any, values: dict[str, str]) -> None:
    """Type each value into the form's field of that key."""
    for key, text in values.items():
        type_in(qtbot, form.field(key), text)


def pick(field: Field, value: Any) -> None:
    """Choose an item of a list field with the keyboard-free API a user's click amounts to."""
    assert isinstance(field, ChoiceField)
    combo = field.combo
    combo.setCurrentIndex(combo.findData(value))


def make(qtbot: Any, widget: QWidget) -> Any:
    """Hand a widget to qtbot so it is cleaned up."""
    qtbot.addWidget(widget)
    return widget


def activity(qtbot: Any, kind: ActivityKind, event: Event, site: Site, checklist: list[ChecklistEntry],
             categories: list[LitterCategory], reference: ReferenceData) -> ActivityForm:
    """The form of an activity kind for the Nairobi event, with a fixed today."""
    return make(qtbot, activity_form(kind, event, site, reference=reference, checklist=checklist,
                                     litter_categories=categories, today=lambda: TODAY))


# -- fields -----------------------------------------------------------------------------------------

def test_quantity_field_explains_text_and_keeps_it(qtbot: Any) -> None:
    field = make(qtbot, QuantityField("area", "m2", object_name="area"))
    type_in(qtbot, field, "abc")
    assert field.message() == "Not a number"
    assert field.message_level() is Level.ERROR
    assert field.value() is None and field.value_in("ha") is None
    assert field.text() == "abc"  # what was typed stays, to be corrected
    type_in(qtbot, field, "2,5")
    assert field.message().startswith("Not a number") and "2.5" in field.message()


def test_quantity_field_converts_exactly(qtbot: Any) -> None:
    area = make(qtbot, QuantityField("area", "m2"))
    type_in(qtbot, area, "2")
    area.set_unit("ha")
    assert area.value() == 20_000.0
    assert area.value_in("ha") == 2.0
    assert area.message() == ""
    mass = make(qtbot, QuantityField("mass", "g"))
    type_in(qtbot, mass, "3")
    mass.unit_combo.setCurrentIndex(mass.unit_combo.findData("lb"))
    assert mass.value() == convert("3", "lb", "g") == 1360.77711
    assert [mass.unit_combo.itemData(i) for i in range(mass.unit_combo.count())] == ["g", "kg", "lb", "oz"]
    length = make(qtbot, QuantityField("length", "m"))
    assert [length.unit_combo.itemText(i) for i in range(length.unit_combo.count())] == ["m", "km", "mi"]


def test_quantity_field_shows_stored_values_in_the_canonical_unit(qtbot: Any) -> None:
    field = make(qtbot, QuantityField("mass", "kg"))
    field.set_value(1.5)
    assert (field.text(), field.unit(), field.value()) == ("1.5", "kg", 1.5)


@pytest.mark.parametrize(("text", "message", "value"), [
    ("-3", "Cannot be negative", None),
    ("abc", "Write a whole number", None),
    ("2.5", "Write a whole number", None),
    ("12", "", 12),
    ("0", "", 0),
    (" 7 ", "", 7),
])
def test_count_field(qtbot: Any, text: str, message: str, value: int | None) -> None:
    field = make(qtbot, CountField())
    type_in(qtbot, field, text)
    assert field.message() == message
    assert field.value() == value
    assert field.text() == text


def test_problems_show_when_the_user_is_done_not_while_typing(qtbot: Any) -> None:
    field = make(qtbot, CountField())
    type_in(qtbot, field, "-", finish=False)
    assert field.problem() == "Cannot be negative" or field.problem() == "Write a whole number"
    assert field.message() == ""  # not shouted at while typing
    qtbot.keyClick(line_of(field), Qt.Key.Key_Return)
    assert field.message() != ""
    type_in(qtbot, field, "3", finish=False)
    assert field.message() == ""  # corrections clear at once


@pytest.mark.parametrize(("text", "message"), [
    ("2024-02-30", "There is no 30 February 2024"),
    ("2023-02-29", "There is no 29 February 2023"),
    ("2026-04-31", "There is no 31 April 2026"),
    ("2026-13-01", "There is no month 13"),
    ("16/05/2026", "Write the date as year-month-day, like 2026-05-16"),
    ("yesterday", "Write the date as year-month-day, like 2026-05-16"),
])
def test_date_field_says_which_day_does_not_exist(qtbot: Any, text: str, message: str) -> None:
    field = make(qtbot, DateField())
    type_in(qtbot, field, text)
    assert field.message().startswith(message)
    assert field.value() is None
    assert field.text() == text


def test_date_field_reads_iso_dates(qtbot: Any) -> None:
    field = make(qtbot, DateField())
    type_in(qtbot, field, "2024-02-29")
    assert field.value() == dt.date(2024, 2, 29)
    assert field.message() == ""


@pytest.mark.parametrize(("text", "expected", "message"), [
    ("2026-05-16 09:30", dt.datetime(2026, 5, 16, 9, 30), ""),
    ("2026-05-16T09:30", dt.datetime(2026, 5, 16, 9, 30), ""),
    ("2026-05-16 9:05:10", dt.datetime(2026, 5, 16, 9, 5, 10), ""),
    ("2026-05-16", None, "Add the time too, like 2026-05-16 09:30"),
    ("2026-05-16 25:00", None, "Hours go from 00 to 23"),
    ("2026-05-16 10:75", None, "Minutes must be below 60"),
    ("2024-02-30 10:00", None, "There is no 30 February 2024"),
    ("soon", None, "Write the date and time as 2026-05-16 09:30"),
])
def test_datetime_field(qtbot: Any, text: str, expected: dt.datetime | None, message: str) -> None:
    field = make(qtbot, DateTimeField())
    type_in(qtbot, field, text)
    assert field.value() == expected
    assert field.message() == message


def test_date_field_calendar_popup_from_the_keyboard(qtbot: Any) -> None:
    field = make(qtbot, DateField())
    field.show()
    qtbot.waitExposed(field)
    type_in(qtbot, field, "2026-05-16")
    qtbot.keyClick(field.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate().day() == 16
    grid = calendar.findChild(QAbstractItemView)
    assert grid is not None
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert field.value() == dt.date(2026, 5, 17)
    assert not calendar.isVisible()


def test_coordinate_field(qtbot: Any) -> None:
    latitude = make(qtbot, CoordinateField("latitude"))
    type_in(qtbot, latitude, "123")
    assert latitude.message() == "Latitude must be between -90 and 90"
    assert latitude.value() is None and latitude.text() == "123"
    type_in(qtbot, latitude, "12 E")
    assert latitude.message() == "E is a longitude direction; a latitude takes N or S"
    type_in(qtbot, latitude, "1°14'12\"S")
    assert latitude.value() == pytest.approx(-1.236667, abs=1e-6)
    assert latitude.message() == "Read as -1.236667"  # DMS: what it was read as, in grey
    assert latitude.message_level() is None
    type_in(qtbot, latitude, "-1.2367")
    assert latitude.value() == -1.2367 and latitude.message() == ""


def test_country_field_by_name_or_code(qtbot: Any) -> None:
    field = make(qtbot, CountryField())
    type_in(qtbot, field, "kenya")
    assert field.value() == "KE"
    assert field.text() == "Kenya (KE)"
    type_in(qtbot, field, "fr")
    assert field.value() == "FR"
    type_in(qtbot, field, "United Kingdom")
    assert field.value() == "GB"
    type_in(qtbot, field, "XK")
    assert field.value() == "XK"
    type_in(qtbot, field, "Narnia")
    assert field.value() is None
    assert field.message().startswith("'Narnia' is not a country fieldlog knows")
    assert field.text() == "Narnia"
    field.set_value("PT")
    assert field.text() == "Portugal (PT)" and field.message() == ""


def test_country_field_completes_any_part_of_the_name(qtbot: Any) -> None:
    field = make(qtbot, CountryField())
    field.show()
    qtbot.waitExposed(field)
    field.combo.setFocus()
    type_in(qtbot, field, "zeal", finish=False)
    completer = field.combo.completer()
    assert completer is not None and completer.popup().isVisible()
    assert completer.currentCompletion() == "New Zealand (NZ)"
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert field.value() == "NZ"


def test_species_field_completes_common_names_to_scientific(qtbot: Any, checklist: list[ChecklistEntry]) -> None:
    field = make(qtbot, SpeciesField(checklist))
    field.show()
    qtbot.waitExposed(field)
    field.line.setFocus()
    qtbot.keyClicks(field.line, "SILVER FIR")  # case-insensitive, contains
    popup = field.completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert field.text() == "Abies alba"
    assert field.value() == "Abies alba"


def test_species_field_matches_inside_names(qtbot: Any, checklist: list[ChecklistEntry]) -> None:
    field = make(qtbot, SpeciesField(checklist))
    field.show()
    qtbot.waitExposed(field)
    field.line.setFocus()
    qtbot.keyClicks(field.line, "robur")
    assert field.completer.currentCompletion() == "Quercus robur"


def test_species_field_keeps_new_names_and_fixes_known_ones(qtbot: Any, checklist: list[ChecklistEntry]) -> None:
    field = make(qtbot, SpeciesField(checklist))
    type_in(qtbot, field, "Quercus  novaspecies")
    assert field.value() == "Quercus novaspecies"
    assert field.message() == ""
    type_in(qtbot, field, "english oak")  # a common name typed in full
    assert field.text() == "Quercus robur"
    type_in(qtbot, field, "quercus ROBUR")
    assert field.text() == "Quercus robur"


def test_species_mix_completes_the_last_name(qtbot: Any, checklist: list[ChecklistEntry]) -> None:
    field = make(qtbot, SpeciesField(checklist, multiple=True))
    field.show()
    qtbot.waitExposed(field)
    field.line.setFocus()
    qtbot.keyClicks(field.line, "Quercus robur; silver w")
    popup = field.completer.popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert field.text() == "Quercus robur; Acacia dealbata"
    assert field.value() == "Quercus robur;Acacia dealbata"


@pytest.mark.parametrize("enum", [NativeStatus, StockType, RemovalMethod, Phenology, Disposal, CleanupType])
def test_enum_fields_have_a_blank_choice(qtbot: Any, enum: Any) -> None:
    field = make(qtbot, EnumField(enum))
    assert field.value() is None and field.combo.count() == len(enum) + 1
    first = next(iter(enum))
    field.set_value(first.value)
    assert field.value() is first
    assert field.combo.currentText() == first.label
    field.set_value(None)
    assert field.value() is None


def test_enum_field_is_picked_with_the_keyboard(qtbot: Any) -> None:
    field = make(qtbot, EnumField(RemovalMethod))
    qtbot.keyClicks(field.combo, "Dig")
    assert field.value() is RemovalMethod.DIG


def test_object_names_reach_the_parts(qtbot: Any) -> None:
    field = make(qtbot, QuantityField("area", "m2", object_name="area_m2"))
    assert field.objectName() == "area_m2"
    assert field.findChild(QLineEdit, "area_m2_edit") is field.line
    assert field.findChild(QComboBox, "area_m2_unit") is field.unit_combo
    assert field.message_label.objectName() == "area_m2_message"


def test_tally_field(qtbot: Any, categories: list[LitterCategory]) -> None:
    field = make(qtbot, TallyField(categories))
    assert field.table.rowCount() == len(categories)
    field.set_count("cigarette_butts", 40)
    field.set_count("Fireworks", 3)  # a category not on the list gets its own row
    assert field.value() == (("cigarette_butts", 40), ("Fireworks", 3))
    assert field.total_label.text() == "Total: 43 items"
    row = next(r for r in range(field.table.rowCount()) if field.category(r) == "lighters")
    item = field.table.item(row, 1)
    assert item is not None
    item.setText("-2")
    assert field.message() == "Cigarette lighters: Cannot be negative"
    assert field.value() == (("cigarette_butts", 40), ("Fireworks", 3))


# -- site form --------------------------------------------------------------------------------------

def test_site_form_builds_a_site(qtbot: Any, reference: ReferenceData) -> None:
    form = make(qtbot, SiteForm(reference))
    fill(qtbot, form, {"site_name": "Karura  Forest", "country_code": "Kenya", "locality": "Nairobi",
                       "latitude": "1°14'12\"S", "longitude": "36.835", "site_area_m2": "2"})
    form.field("site_area_m2").set_unit("ha")
    site = form.record()
    assert isinstance(site, Site)
    assert (site.name, site.country_code, site.locality) == ("Karura Forest", "KE", "Nairobi")
    assert site.latitude == pytest.approx(-1.236667, abs=1e-6) and site.longitude == 36.835
    assert site.area_m2 == 20_000.0
    assert form.message() == ""
    assert form.record().id == site.id  # asking twice gives the same new record


def test_site_form_blank_required_fields(qtbot: Any, reference: ReferenceData) -> None:
    form = make(qtbot, SiteForm(reference))
    assert form.field("site_name").message() == ""  # nothing shouted at an untouched form
    assert form.record() is None
    assert form.field("site_name").message() == "Required"
    assert form.field("site_name").message_level() is Level.ERROR
    assert form.field("country_code").message() == "Required"
    assert form.field("locality").message() == ""
    assert "need attention" in form.message()


def test_site_form_latitude_out_of_range(qtbot: Any, reference: ReferenceData) -> None:
    form = make(qtbot, SiteForm(reference))
    fill(qtbot, form, {"site_name": "Karura", "country_code": "KE", "latitude": "123", "longitude": "36.8"})
    assert form.record() is None
    assert form.field("latitude").message() == "Latitude must be between -90 and 90"
    assert form.field("latitude").text() == "123"


def test_site_form_warns_when_the_point_is_outside_the_country(qtbot: Any, reference: ReferenceData) -> None:
    form = make(qtbot, SiteForm(reference))
    fill(qtbot, form, {"site_name": "Karura", "country_code": "KE", "latitude": "48.85", "longitude": "2.35"})
    assert form.field("latitude").message_level() is Level.WARNING
    assert "not inside KE" in form.field("latitude").message()
    assert isinstance(form.record(), Site)  # a warning does not block


def test_site_form_splits_a_pasted_pair(qtbot: Any, reference: ReferenceData) -> None:
    form = make(qtbot, SiteForm(reference))
    type_in(qtbot, form.field("latitude"), "-1.2367, 36.835")
    assert form.field("latitude").value() == -1.2367
    assert form.field("longitude").value() == 36.835


# -- event form -------------------------------------------------------------------------------------

def event_form(qtbot: Any, site: Site) -> EventForm:
    """An event form offering the Nairobi site."""
    return make(qtbot, EventForm([site], campaigns=["MAD-Week 2026"]))


def test_event_form_builds_an_event(qtbot: Any, site: Site) -> None:
    form = event_form(qtbot, site)
    fill(qtbot, form, {"event_name": "Karura planting day", "campaign": "MAD-Week 2026", "site_id": "karura forest",
                       "start": "2026-05-31 09:00", "end": "2026-05-31 12:30", "participants": "12",
                       "organisation": "Friends of Karura", "organizer_name": "Wanjiru",
                       "organizer_contact": "wanjiru@example.org"})
    event = form.record()
    assert isinstance(event, Event)
    assert event.site_id == site.id
    assert (event.start, event.end) == (dt.datetime(2026, 5, 31, 9), dt.datetime(2026, 5, 31, 12, 30))
    assert event.participants == 12
    assert (event.volunteer_hours, event.hours_derived) == (42.0, True)
    assert (event.organisation, event.organizer_name, event.organizer_contact) == (
        "Friends of Karura", "Wanjiru", "wanjiru@example.org")
    assert event.campaign == "MAD-Week 2026"


def test_event_hours_fill_themselves_until_typed(qtbot: Any, site: Site) -> None:
    form = event_form(qtbot, site)
    hours = form.field("volunteer_hours")
    fill(qtbot, form, {"start": "2026-05-31 09:00", "end": "2026-05-31 12:00", "participants": "12"})
    assert hours.text() == "36" and form.hours_derived()
    type_in(qtbot, form.field("participants"), "10")
    assert hours.text() == "30"
    type_in(qtbot, hours, "25")  # the organizer counted
    assert not form.hours_derived()
    type_in(qtbot, form.field("participants"), "20")
    assert hours.text() == "25"  # stays what they typed
    fill(qtbot, form, {"event_name": "Day", "site_id": "Karura Forest (Kenya, Nairobi)"})
    event = form.record()
    assert (event.volunteer_hours, event.hours_derived) == (25.0, False)
    hours.line.selectAll()
    qtbot.keyClick(hours.line, Qt.Key.Key_Delete)  # emptied: back to the rule
    assert form.hours_derived()
    qtbot.keyClick(hours.line, Qt.Key.Key_Return)
    assert hours.text() == "60"
    event = form.record()
    assert (event.volunteer_hours, event.hours_derived) == (60.0, True)


def test_event_form_bad_and_missing_input(qtbot: Any, site: Site) -> None:
    form = event_form(qtbot, site)
    fill(qtbot, form, {"start": "2024-02-30 09:00", "participants": "-3", "site_id": "Nowhere"})
    assert form.record() is None
    assert form.field("start").message() == "There is no 30 February 2024"
    assert form.field("participants").message() == "Cannot be negative"
    assert form.field("site_id").message().startswith("Pick a site from the list")
    assert form.field("event_name").message() == "Required"
    assert form.field("start").text() == "2024-02-30 09:00"


def test_event_form_checks_as_the_user_types(qtbot: Any, site: Site) -> None:
    form = event_form(qtbot, site)
    fill(qtbot, form, {"event_name": "Day", "site_id": "Karura", "start": "2026-05-31 12:00",
                       "end": "2026-05-31 09:00", "participants": "5"})
    assert form.field("end").message_level() is Level.ERROR
    assert form.field("end").message().startswith("The event ends (2026-05-31 09:00) before it starts")
    type_in(qtbot, form.field("end"), "2026-05-31 15:00")
    assert form.field("end").message() == ""
    type_in(qtbot, form.field("campaign"), "MAD-Week 2026")
    type_in(qtbot, form.field("start"), "2026-07-01 09:00")
    type_in(qtbot, form.field("end"), "2026-07-01 11:00")
    assert form.field("start").message_level() is Level.WARNING  # outside the campaign: warn, not block
    assert isinstance(form.record(), Event)


def test_event_form_load_keeps_identity_and_hours(qtbot: Any, site: Site, event: Event) -> None:
    stored = Event(event_name=event.event_name, site_id=site.id, start=event.start, end=event.end,
                   participants=12, volunteer_hours=30.0, hours_derived=False, notes="Rain later")
    form = event_form(qtbot, site)
    form.load(stored)
    assert not form.is_dirty() and not form.hours_derived()
    assert form.field("volunteer_hours").text() == "30"
    assert form.record() == stored


def test_event_form_load_of_an_unlisted_site_keeps_it(qtbot: Any, site: Site, event: Event) -> None:
    form = make(qtbot, EventForm([]))
    form.load(event)
    assert form.record().site_id == event.site_id


def test_event_form_finds_its_site_by_value_not_by_object(qtbot: Any, site: Site, event: Event) -> None:
    """The window reads the sites and the event separately: the event's site id is an equal, other UUID."""
    form = event_form(qtbot, site)
    form.load(dataclasses.replace(event, site_id=uuid.UUID(str(event.site_id))))
    assert form.field("site_id").problem() is None and form.field("site_id").value() == site.id
    assert form.record().site_id == site.id and not form.has_errors()


def test_event_form_start_next_keeps_site_and_times(qtbot: Any, site: Site, event: Event) -> None:
    form = event_form(qtbot, site)
    form.load(event)
    form.start_next()
    assert form.field("site_id").value() == site.id
    assert form.field("start").value() == event.start
    assert form.field("event_name").text() == "" and form.field("participants").text() == ""
    assert not form.is_dirty()
    fill(qtbot, form, {"event_name": "Second day", "participants": "4"})
    second = form.record()
    assert second.id != event.id and second.volunteer_hours == 12.0


# -- activity forms: a filled form gives the right record ---------------------------------------------

def test_planting_form(qtbot: Any, event: Event, site: Site, checklist: Any, categories: Any,
                       reference: ReferenceData) -> None:
    form = activity(qtbot, ActivityKind.PLANTING, event, site, checklist, categories, reference)
    assert isinstance(form, PlantingForm)
    fill(qtbot, form, {"species": "Croton megalocarpus", "plants": "40", "area_m2": "2", "seed_source": "KEFRI",
                       "date": "2026-05-31", "latitude": "-1.2368", "longitude": "36.8351", })
    form.field("area_m2").set_unit("ha")
    pick(form.field("native_status"), NativeStatus.NATIVE)
    pick(form.field("stock_type"), StockType.CONTAINER)
    form.field("notes").set_value("Along the river")
    record = form.record()
    assert record == Planting(id=record.id, event_id=event.id, date=dt.date(2026, 5, 31), latitude=-1.2368,
                              longitude=36.8351, notes="Along the river", species="Croton megalocarpus", plants=40,
                              native_status=NativeStatus.NATIVE, stock_type=StockType.CONTAINER, area_m2=20_000.0,
                              seed_source="KEFRI")
    assert form.issues() == [] and not form.has_errors()


def test_seed_collection_form(qtbot: Any, event: Event, site: Site, checklist: Any, categories: Any,
                              reference: ReferenceData) -> None:
    form = activity(qtbot, ActivityKind.SEED_COLLECTION, event, site, checklist, categories, reference)
    assert isinstance(form, SeedCollectionForm)
    fill(qtbot, form, {"species": "East African croton", "seed_lot_id": "KE-2026-000001", "mass_g": "3",
                       "seed_count": "1200", "plants_sampled": "60", "population_size": "500"})
    form.field("mass_g").set_unit("lb")
    record = form.record()
    assert record == SeedCollection(id=record.id, event_id=event.id, species="Croton megalocarpus",
                                    seed_lot_id="KE-2026-000001", mass_g=convert("3", "lb", "g"), seed_count=1200,
                                    plants_sampled=60, population_size=500)
    assert record.mass_g == 1360.77711


def test_seedball_making_form(qtbot: Any, event: Event, site: Site, checklist: Any, categories: Any,
                              reference: ReferenceData) -> None:
    form = activity(qtbot, ActivityKind.SEEDBALL_MAKING, event, site, checklist, categories, reference)
    assert isinstance(form, SeedballMakingForm)
    fill(qtbot, form, {"seedballs": "300", "seed_mass_g": "2", "species": "croton tree; Faidherbia albida"})
    form.field("seed_mass_g").set_unit("oz")
    record = form.record()
    assert record == SeedballMaking(id=record.id, event_id=event.id, seedballs=300,
                                    seed_mass_g=convert("2", "oz", "g"),
                                    species="Croton megalocarpus;Faidherbia albida")


def test_invasive_removal_form(qtbot: Any, event: Event, site: Site, checklist: Any, categories: Any,
                               reference: ReferenceData) -> None:
    form = activity(qtbot, ActivityKind.INVASIVE_REMOVAL, event, site, checklist, categories, reference)
    assert isinstance(form, InvasiveRemovalForm)
    fill(qtbot, form, {"species": "lantana", "area_m2": "2", "weight_kg": "3", "bags": "4", "stems": "250",
                       "cover_percent": "35.5"})
    form.field("area_m2").set_unit("acre")
    form.field("weight_kg").set_unit("lb")
    pick(form.field("method"), RemovalMethod.HAND_PULL)
    pick(form.field("phenology"), Phenology.FLOWERING)
    pick(form.field("disposal"), Disposal.BAGGED_LANDFILL)
    record = form.record()
    assert record == InvasiveRemoval(id=record.id, event_id=event.id, species="Lantana camara",
                                     method=RemovalMethod.HAND_PULL, area_m2=convert("2", "acre", "m2"),
                                     weight_kg=convert("3", "lb", "kg"), bags=4, stems=250, cover_percent=35.5,
                                     phenology=Phenology.FLOWERING, disposal=Disposal.BAGGED_LANDFILL)
    assert record.weight_kg == 1.36077711


def test_litter_pickup_form(qtbot: Any, event: Event, site: Site, checklist: Any, categories: Any,
                            reference: ReferenceData) -> None:
    form = activity(qtbot, ActivityKind.LITTER_PICKUP, event, site, checklist, categories, reference)
    assert isinstance(form, LitterPickupForm)
    fill(qtbot, form, {"bags": "6", "weight_kg": "20", "distance_m": "2"})
    form.field("distance_m").set_unit("mi")
    pick(form.field("cleanup_type"), CleanupType.TRAIL)
    tally = form.field("items")
    assert isinstance(tally, TallyField)
    tally.set_count("cigarette_butts", 120)
    tally.set_count("plastic_bottles", 14)
    record = form.record()
    assert isinstance(record, LitterPickup)
    assert (record.cleanup_type, record.bags, record.weight_kg) == (CleanupType.TRAIL, 6, 20.0)
    assert record.distance_m == 3218.688
    assert [(i.item_category, i.item_count, i.activity_id) for i in record.items] == [
        ("cigarette_butts", 120, record.id), ("plastic_bottles", 14, record.id)]
    assert record.item_total == 134


def test_litter_pickup_tally_typed_in_the_table(qtbot: Any, event: Event, site: Site, checklist: Any,
                                                categories: Any, reference: ReferenceData) -> None:
    form = activity(qtbot, ActivityKind.LITTER_PICKUP, event, site, checklist, categories, reference)
    tally = form.field("items")
    assert isinstance(tally, TallyField)
    tally.show()
    qtbot.waitExposed(tally)
    tally.table.setFocus()
    tally.table.setCurrentCell(0, 1)
    qtbot.keyClicks(tally.table, "1")  # typing on a cell starts editing it
    editor = tally.table.findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClicks(editor, "2x")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tally.count_text(0) == "12x", timeout=2000)  # Qt commits the edit queued
    assert tally.message() == "Cigarette butts: Write a whole number"
    assert form.record() is None
    assert form.field("items").message() == "Cigarette butts: Write a whole number"


def test_litter_pickup_needs_an_amount(qtbot: Any, event: Event, site: Site, checklist: Any, categories: Any,
                                       reference: ReferenceData) -> None:
    form = activity(qtbot, ActivityKind.LITTER_PICKUP, event, site, checklist, categories, reference)
    pick(form.field("cleanup_type"), CleanupType.BEACH)
    record = form.record()
    assert isinstance(record, LitterPickup)  # built; the services refuse it
    assert form.has_errors()
    assert form.field("bags").message() == "Give at least one of bags, weight or an item tally"


def test_other_activity_form(qtbot: Any, event: Event, site: Site, checklist: Any, categories: Any,
                             reference: ReferenceData) -> None:
    form = activity(qtbot, ActivityKind.OTHER, event, site, checklist, categories, reference)
    assert isinstance(form, OtherActivityForm)
    assert form.record() is None
    assert form.field("description").message() == "Required"
    form.field("description").editor().setFocus()
    qtbot.keyClicks(form.field("description").editor(), "Trail maintenance")
    fill(qtbot, form, {"quantity": "120.5", "unit": "m"})
    record = form.record()
    assert record == OtherActivity(id=record.id, event_id=event.id, description="Trail maintenance",
                                   quantity=120.5, unit="m")


# -- activity forms: bad input, checks, issues ------------------------------------------------------------

def test_planting_bad_input_keeps_text_and_returns_none(qtbot: Any, event: Event, site: Site, checklist: Any,
                                                        categories: Any, reference: ReferenceData) -> None:
    form = activity(qtbot, ActivityKind.PLANTING, event, site, checklist, categories, reference)
    fill(qtbot, form, {"species": "Croton megalocarpus", "plants": "forty", "area_m2": "lots",
                       "date": "2024-02-30", "latitude": "123"})
    assert form.record() is None
    assert form.field("plants").message() == "Write a whole number"
    assert form.field("area_m2").message() == "Not a number"
    assert form.field("date").message() == "There is no 30 February 2024"
    assert form.field("latitude").message() == "Latitude must be between -90 and 90"
    assert [form.field(k).text() for k in ("plants", "area_m2", "date", "latitude")] == [
        "forty", "lots", "2024-02-30", "123"]


def test_planting_blank_required_fields(qtbot: Any, event: Event, site: Site, checklist: Any, categories: Any,
                                        reference: ReferenceData) -> None:
    form = activity(qtbot, ActivityKind.PLANTING, event, site, checklist, categories, reference)
    assert form.record() is None
    assert form.field("species").message() == "Required"
    assert form.field("plants").message() == "Required"
    assert form.field("area_m2").message() == ""


def test_a_field_cleared_by_the_user_says_required_at_once(qtbot: Any, event: Event, site: Site, checklist: Any,
                                                           categories: Any, reference: ReferenceData) -> None:
    form = activity(qtbot, ActivityKind.PLANTING, event, site, checklist, categories, reference)
    type_in(qtbot, form.field("plants"), "5")
    type_in(qtbot, form.field("plants"), "")
    assert form.field("plants").message() == "Required"
    assert form.field("species").message() == ""  # not touched yet


def test_checks_run_as_the_user_types(qtbot: Any, event: Event, site: Site, checklist: Any, categories: Any,
                                      reference: ReferenceData) -> None:
    form = activity(qtbot, ActivityKind.PLANTING, event, site, checklist, categories, reference)
    type_in(qtbot, form.field("species"), "Lantana camara")
    assert form.field("species").message_level() is Level.WARNING
    assert form.field("species").message() == "⚠ Lantana camara is listed as introduced in KE"
    type_in(qtbot, form.field("plants"), "0")
    assert form.field("plants").message() == "Must be more than 0 (it is 0)"
    assert form.field("plants").message_level() is Level.ERROR
    type_in(qtbot, form.field("date"), "2026-12-01")
    assert form.field("date").message().startswith("2026-12-01 is in the future")
    type_in(qtbot, form.field("date"), "2026-06-02")
    assert form.field("date").message_level() is Level.WARNING  # outside the event's day
    type_in(qtbot, form.field("plants"), "10")
    record = form.record()
    assert isinstance(record, Planting)  # warnings never block
    assert {issue.code for issue in form.issues()} == {"introduced_planted", "outside_event"}


def test_seed_collection_warns_of_few_plants(qtbot: Any, event: Event, site: Site, checklist: Any,
                                             categories: Any, reference: ReferenceData) -> None:
    form = activity(qtbot, ActivityKind.SEED_COLLECTION, event, site, checklist, categories, reference)
    fill(qtbot, form, {"species": "Abies alba", "plants_sampled": "12"})
    assert form.field("mass_g").message() == "Give the seed mass, the seed count, or both"  # a hint, in grey
    assert form.field("mass_g").message_level() is None
    assert isinstance(form.record(), SeedCollection)
    assert form.field("mass_g").message() == "Give the seed mass or the seed count"
    assert form.field("mass_g").message_level() is Level.ERROR
    assert form.field("plants_sampled").message_level() is Level.WARNING
    assert "at least 50 plants" in form.field("plants_sampled").message()
    assert form.field("species").message() == ""  # on the checklist


def test_show_issues_puts_them_at_fields_or_on_the_form(qtbot: Any, event: Event, site: Site, checklist: Any,
                                                        categories: Any, reference: ReferenceData) -> None:
    form = activity(qtbot, ActivityKind.INVASIVE_REMOVAL, event, site, checklist, categories, reference)
    type_in(qtbot, form.field("species"), "Croton megalocarpus")
    form.show_issues([Issue(Level.ERROR, "weight_kg", "cannot be negative (it is -1)", "negative"),
                      Issue(Level.WARNING, "species", "is native in KE", "native_removed"),
                      Issue(Level.ERROR, "event_id", "no event with id 123", "missing_parent")])
    assert form.field("weight_kg").message() == "Cannot be negative (it is -1)"
    assert form.field("weight_kg").message_level() is Level.ERROR
    assert form.field("species").message() == "⚠ Is native in KE"
    assert form.field("species").message_level() is Level.WARNING
    assert form.message() == "Event id: no event with id 123"
    type_in(qtbot, form.field("bags"), "3")  # the next change runs the form's own checks again
    assert form.message() == ""


def test_native_species_removed_is_a_warning(qtbot: Any, event: Event, site: Site, checklist: Any,
                                             categories: Any, reference: ReferenceData) -> None:
    form = activity(qtbot, ActivityKind.INVASIVE_REMOVAL, event, site, checklist, categories, reference)
    fill(qtbot, form, {"species": "Croton megalocarpus"})
    form.record()
    assert form.field("area_m2").message() == "Give at least one of area, weight, bags or stems removed"
    assert form.field("species").message_level() is Level.WARNING
    fill(qtbot, form, {"stems": "10"})
    assert form.field("area_m2").message() == "Give at least one of area, weight, bags or stems"  # the hint again
    assert form.field("area_m2").message_level() is None


def test_activity_without_event(qtbot: Any, checklist: Any) -> None:
    form = make(qtbot, PlantingForm(checklist=checklist, today=lambda: TODAY))
    fill(qtbot, form, {"species": "Quercus robur", "plants": "5"})
    assert form.record() is None
    assert form.message() == "Choose the event this activity belongs to first."


def test_changed_signal_and_dirty_state(qtbot: Any, event: Event, site: Site, checklist: Any, categories: Any,
                                        reference: ReferenceData) -> None:
    form = activity(qtbot, ActivityKind.PLANTING, event, site, checklist, categories, reference)
    stored = Planting(event_id=event.id, species="Quercus robur", plants=5, area_m2=12.5)
    with qtbot.assertNotEmitted(form.changed):
        form.load(stored)
    assert not form.is_dirty()
    with qtbot.waitSignal(form.changed, timeout=1000):
        qtbot.keyClicks(form.field("plants").editor(), "0")
    assert form.is_dirty()
    qtbot.keyClick(form.field("plants").editor(), Qt.Key.Key_Backspace)
    assert not form.is_dirty()  # back to what was loaded
    form.field("area_m2").set_unit("ha")
    assert form.is_dirty()
    form.mark_clean()
    assert not form.is_dirty()


@pytest.mark.parametrize("record", [
    Planting(event_id=uuid.uuid4(), date=dt.date(2026, 5, 31), latitude=-1.5, longitude=36.25, notes="n",
             species="Quercus robur", plants=40, native_status=NativeStatus.UNKNOWN, stock_type=StockType.PLUG,
             area_m2=4046.8564224, seed_source="nursery"),
    SeedCollection(event_id=uuid.uuid4(), species="Abies alba", seed_lot_id="L1", mass_g=12.3, seed_count=400,
                   plants_sampled=55, population_size=800),
    SeedballMaking(event_id=uuid.uuid4(), seedballs=300, seed_mass_g=0.1, species="Abies alba;Quercus robur"),
    InvasiveRemoval(event_id=uuid.uuid4(), species="Lantana camara", method=RemovalMethod.HERBICIDE_CUT_STUMP,
                    area_m2=1e-3, weight_kg=1.36077711, bags=3, stems=4, cover_percent=12.5,
                    phenology=Phenology.SEEDING, disposal=Disposal.BURNED),
    LitterPickup(id=uuid.UUID(int=7), event_id=uuid.uuid4(), cleanup_type=CleanupType.BEACH, bags=2,
                 weight_kg=3.5, distance_m=1609.344,
                 items=(LitterItem(activity_id=uuid.UUID(int=7), item_category="lighters", item_count=3),
                        LitterItem(activity_id=uuid.UUID(int=7), item_category="Fireworks", item_count=2))),
    OtherActivity(event_id=uuid.uuid4(), description="Nest boxes\ninstalled", quantity=6.0, unit="boxes"),
], ids=lambda record: record.kind.value)
def test_load_then_record_gives_the_same_record(qtbot: Any, record: Any, checklist: Any, categories: Any,
                                                reference: ReferenceData) -> None:
    form = make(qtbot, activity_form(record.kind, reference=reference, checklist=checklist,
                                     litter_categories=categories, today=lambda: TODAY))
    form.load(record)
    assert not form.is_dirty()
    assert form.record() == record


def test_start_next_keeps_event_date_and_place(qtbot: Any, event: Event, site: Site, checklist: Any,
                                               categories: Any, reference: ReferenceData) -> None:
    form = activity(qtbot, ActivityKind.PLANTING, event, site, checklist, categories, reference)
    fill(qtbot, form, {"species": "Quercus robur", "plants": "5", "date": "2026-05-31", "latitude": "-1.2",
                       "longitude": "36.8", "area_m2": "40"})
    first = form.record()
    form.start_next()
    assert not form.is_dirty()
    assert form.field("species").text() == "" and form.field("plants").text() == ""
    assert form.field("area_m2").text() == ""
    assert form.field("species").message() == ""  # a fresh record is not told off
    fill(qtbot, form, {"species": "Croton megalocarpus", "plants": "7"})
    second = form.record()
    assert second.id != first.id
    assert (second.event_id, second.date, second.latitude, second.longitude) == (
        event.id, dt.date(2026, 5, 31), -1.2, 36.8)


def test_tab_order_follows_the_form(qtbot: Any, event: Event, site: Site, checklist: Any, categories: Any,
                                    reference: ReferenceData) -> None:
    form = activity(qtbot, ActivityKind.PLANTING, event, site, checklist, categories, reference)
    form.show()
    qtbot.waitExposed(form)
    expected = [form.field("date").editor(), form.field("species").editor(), form.field("plants").editor(),
                form.field("native_status").editor(), form.field("stock_type").editor(),
                form.field("area_m2").editor(), form.field("area_m2").unit_combo,  # type: ignore[attr-defined]
                form.field("seed_source").editor(), form.field("latitude").editor(),
                form.field("longitude").editor(), form.field("notes").editor()]
    expected[0].setFocus()
    seen = [QWidget.focusWidget(form) or expected[0]]
    for _ in expected[1:]:
        qtbot.keyClick(seen[-1], Qt.Key.Key_Tab)
        seen.append(form.focusWidget())
    assert seen == expected


def test_every_kind_has_a_form(qtbot: Any, event: Event, site: Site, checklist: Any, categories: Any,
                               reference: ReferenceData) -> None:
    for kind in ActivityKind:
        form = activity(qtbot, kind, event, site, checklist, categories, reference)
        assert form.kind is kind
        assert form.record_class.kind is kind

"""The editors read and show numbers and dates the local way (a decimal comma in Spanish, French and
Portuguese; day/month/year dates outside English), while the database keeps plain numbers and ISO dates."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt

from fieldlog.domain.records import Event, InvasiveRemoval, SeedCollection, Site
from fieldlog.domain.summary import SummaryFilter
from fieldlog.io.language import catalogue
from fieldlog.io.resources import ChecklistEntry, read_checklist
from fieldlog.services.database import Database, open_store
from fieldlog.services.exports import describe_filter
from fieldlog.services.records import Records
from fieldlog.services.reference import country_name
from fieldlog.ui.editors import EventForm, InvasiveRemovalForm, SeedCollectionForm
from fieldlog.ui.editors.fields import (
    CountField,
    DateField,
    DateTimeField,
    NumberField,
    QuantityField,
    parse_count,
    parse_date,
    parse_datetime,
    parse_number,
    sentence,
)
from tests.test_editors import make, type_in
from tests.test_ui_main import line_of, open_dialog, open_window, save_with_enter_and_close, settle, type_fields

TODAY = dt.date(2026, 11, 21)


@contextmanager
def default_locale(name: str) -> Iterator[None]:
    """Numbers and dates as in locale `name` (as install_language sets it), the previous default after."""
    before = QLocale()
    QLocale.setDefault(QLocale(name))
    try:
        yield
    finally:
        QLocale.setDefault(before)


@pytest.fixture
def spanish() -> Iterator[None]:
    """Numbers and dates as in Spanish for the duration of a test."""
    with default_locale("es"):
        yield


@pytest.fixture(scope="module")
def checklist() -> list[ChecklistEntry]:
    """The shipped species checklist."""
    return read_checklist()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Database]:
    """A fresh database file."""
    database = open_store(tmp_path / "fieldlog.db")
    yield database
    database.close()


@pytest.fixture
def stored_event(store: Database) -> tuple[Site, Event]:
    """A site in Nairobi and an event there, in the database."""
    records = Records(store, today=lambda: TODAY)
    site = records.record_site(Site(name="Karura Forest", country_code="KE", locality="Nairobi",
                                    latitude=-1.2367, longitude=36.835)).record
    event = records.record_event(Event(event_name="Karura pull day", site_id=site.id,
                                       start=dt.datetime(2026, 5, 16, 9), end=dt.datetime(2026, 5, 16, 12),
                                       participants=10)).record
    return site, event


def stored_row(store: Database, columns: str) -> list[tuple[Any, ...]]:
    """What the activities table holds, read with plain sqlite3: no fieldlog code between."""
    assert store.path is not None
    reader = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True)
    try:
        return reader.execute(f"SELECT {columns} FROM activities WHERE deleted_at IS NULL").fetchall()  # noqa: S608
    finally:
        reader.close()


# -- through the window -----------------------------------------------------------------------------

def test_a_weight_typed_with_a_decimal_comma_is_saved_as_a_number_and_shown_with_a_comma(
        qtbot: Any, store: Database, tmp_path: Path, stored_event: tuple[Site, Event], spanish: None,
        checklist: list[ChecklistEntry]) -> None:
    site, event = stored_event
    window = open_window(qtbot, store, tmp_path)
    qtbot.waitUntil(lambda: window.current_event is not None, timeout=10_000)
    dialog = open_dialog(qtbot, window, Qt.Key.Key_4)  # invasive removal
    type_fields(qtbot, dialog, {"species": "Lantana camara", "date": "16/05/2026", "weight_kg": "2,5"})
    save_with_enter_and_close(qtbot, window, dialog, "weight_kg")
    window.close()

    assert stored_row(store, "kind, weight_kg, date") == [("invasive_removal", 2.5, "2026-05-16")]
    [removal] = Records(store).list_activities(event.id)
    assert isinstance(removal, InvasiveRemoval) and removal.weight_kg == 2.5
    reopened = make(qtbot, InvasiveRemovalForm(event, site, checklist=checklist, today=lambda: TODAY))
    reopened.load(removal)
    assert reopened.field("weight_kg").text() == "2,5"
    assert reopened.field("date").text() == "16/5/2026"
    assert reopened.record() == removal


def test_a_dot_that_could_group_thousands_is_refused_in_spanish_and_nothing_is_saved(
        qtbot: Any, store: Database, tmp_path: Path, stored_event: tuple[Site, Event], spanish: None) -> None:
    _site, event = stored_event
    window = open_window(qtbot, store, tmp_path)
    qtbot.waitUntil(lambda: window.current_event is not None, timeout=10_000)
    dialog = open_dialog(qtbot, window, Qt.Key.Key_4)
    type_fields(qtbot, dialog, {"species": "Lantana camara", "weight_kg": "1.500"})
    qtbot.keyClick(line_of(dialog.form.field("weight_kg")), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Not saved" in dialog.status.text(), timeout=5000)
    field = dialog.form.field("weight_kg")
    assert field.message() == "Write 1500 or 1,5: 1.500 could mean either"
    assert field.text() == "1.500"  # kept, to be corrected
    settle(qtbot, window)
    assert Records(store).list_activities(event.id) == []
    assert stored_row(store, "id") == []
    dialog.form.clear()  # nothing typed is left, so the window closes without asking
    window.close()


# -- forms and the record service -------------------------------------------------------------------

def test_a_seed_mass_with_grouped_thousands_is_stored_exactly(qtbot: Any, store: Database,
                                                              stored_event: tuple[Site, Event], spanish: None,
                                                              checklist: list[ChecklistEntry]) -> None:
    site, event = stored_event
    form = make(qtbot, SeedCollectionForm(event, site, checklist=checklist, today=lambda: TODAY))
    type_in(qtbot, form.field("species"), "Prunus africana")
    type_in(qtbot, form.field("mass_g"), "1.234,5")
    record = form.record()
    assert isinstance(record, SeedCollection) and record.mass_g == 1234.5
    records = Records(store, today=lambda: TODAY)
    saved = records.record_activity(record).record
    assert stored_row(store, "mass_g") == [(1234.5,)]
    again = make(qtbot, SeedCollectionForm(event, site, checklist=checklist, today=lambda: TODAY))
    again.load(records.get_activity(saved.id))
    assert again.field("mass_g").text() == "1234,5"  # the decimal comma, without grouping: easy to edit


def test_a_decimal_comma_in_another_unit_is_converted_exactly(qtbot: Any, spanish: None) -> None:
    mass = make(qtbot, QuantityField("mass", "g"))
    type_in(qtbot, mass, "0,75")
    mass.set_unit("kg")
    assert mass.value() == 750.0 and mass.message() == ""


def test_dates_and_times_read_and_shown_the_spanish_way(qtbot: Any, stored_event: tuple[Site, Event],
                                                        spanish: None) -> None:
    site, event = stored_event
    form = make(qtbot, EventForm([site]))
    form.load(event)
    assert form.field("start").text() == "16/5/2026 09:00"
    type_in(qtbot, form.field("end"), "16/05/2026 13:30")
    assert form.field("end").value() == dt.datetime(2026, 5, 16, 13, 30)
    assert form.field("volunteer_hours").text() == "45"  # 10 people x 4.5 hours
    type_in(qtbot, form.field("end"), "16/05/2026 12:15")
    assert form.field("volunteer_hours").text() == "32,5"
    date = make(qtbot, DateField())
    type_in(qtbot, date, "2026-05-16")  # ISO is read everywhere
    assert date.value() == dt.date(2026, 5, 16)
    type_in(qtbot, date, "31/02/2026")
    assert date.message() == "There is no 31 febrero 2026"
    type_in(qtbot, date, "ayer")
    assert date.message() == "Write the date as day/month/year, like 16/5/2026"
    assert date.line.placeholderText() == "DD/MM/YYYY"


def test_a_date_picked_from_the_calendar_is_written_the_local_way(qtbot: Any, spanish: None) -> None:
    field = make(qtbot, DateTimeField())
    type_in(qtbot, field, "01/05/2026 14:00")
    field.open_calendar()
    assert field.calendar is not None
    assert field.calendar.selectedDate().day() == 1
    field.calendar.picked.emit(field.calendar.selectedDate().addDays(15))
    assert field.text() == "16/5/2026 14:00"  # the time typed is kept
    assert field.value() == dt.datetime(2026, 5, 16, 14)


def test_english_still_wants_a_decimal_point_and_iso_dates(qtbot: Any, english: None) -> None:
    field = make(qtbot, NumberField())
    type_in(qtbot, field, "2,5")
    assert field.message() == "Not a number; write decimals with a dot: 2.5"
    assert field.value() is None
    field.set_value(2.5)
    assert field.text() == "2.5"
    date = make(qtbot, DateField())
    type_in(qtbot, date, "16/05/2026")
    assert date.message() == "Write the date as year-month-day, like 2026-05-16"
    date.set_value(dt.date(2026, 5, 16))
    assert date.text() == "2026-05-16"


def test_a_count_is_a_whole_number_with_spanish_grouping(qtbot: Any, spanish: None) -> None:
    field = make(qtbot, CountField())
    type_in(qtbot, field, "1.500")  # a count has no decimals: the dot groups thousands, as Spanish writes them
    assert field.value() == 1500 and field.message() == ""
    type_in(qtbot, field, "2,5")
    assert field.message() == "Write a whole number"


# -- the parsers in each language -------------------------------------------------------------------

@pytest.mark.parametrize("language", ["es", "fr", "pt"])
@pytest.mark.parametrize(("text", "value"), [
    ("2,5", Fraction(5, 2)),
    ("2.5", Fraction(5, 2)),  # a dot that cannot group thousands is a decimal point too
    ("0,1", Fraction(1, 10)),  # exact: no binary rounding
    ("1.234,5", Fraction(2469, 2)),
    ("1 234,5", Fraction(2469, 2)),
    ("1\u00a0234,5", Fraction(2469, 2)),  # no-break space
    ("1\u202f234,5", Fraction(2469, 2)),  # narrow no-break space, as French writes it
    ("1.234.567", Fraction(1234567)),
    ("1234.5", Fraction(2469, 2)),
    ("-3,25", Fraction(-13, 4)),
    ("\u22123,25", Fraction(-13, 4)),  # a typographic minus
    (",5", Fraction(1, 2)),
    ("12", Fraction(12)),
    ("  ", None),
])
def test_parse_number_the_local_way(language: str, text: str, value: Fraction | None) -> None:
    with default_locale(language):
        assert parse_number(text) == value


@pytest.mark.parametrize("language", ["es", "fr", "pt"])
@pytest.mark.parametrize(("text", "message"), [
    ("1.500", "Write 1500 or 1,5: 1.500 could mean either"),
    ("-12.250", "Write -12250 or -12,25: -12.250 could mean either"),
    ("1,2,3", "Not a number"),
    ("1 23,5", "Not a number"),
    ("1,234.5", "Not a number"),
    ("dos", "Not a number"),
])
def test_parse_number_refuses_in_words(language: str, text: str, message: str) -> None:
    with default_locale(language), pytest.raises(ValueError) as refused:
        parse_number(text)
    assert str(refused.value) == message


@pytest.mark.parametrize(("text", "outcome"), [
    ("2.5", Fraction(5, 2)),
    ("1,234.5", Fraction(2469, 2)),
    ("2,5", "Not a number; write decimals with a dot: 2.5"),
    ("1,500", "Write 1500 or 1.5: 1,500 could mean either"),
])
def test_parse_number_in_english(english: None, text: str, outcome: Fraction | str) -> None:
    if isinstance(outcome, Fraction):
        assert parse_number(text) == outcome
        return
    with pytest.raises(ValueError, match="^" + outcome.replace(".", r"\.") + "$"):
        parse_number(text)


@pytest.mark.parametrize(("language", "text", "count"), [
    ("es", "1.500", 1500),
    ("pt", "1.500", 1500),
    ("fr", "1 500", 1500),
    ("fr", "1\u202f500", 1500),
    ("es", "12,0", 12),
    ("fr", "40", 40),
])
def test_parse_count_the_local_way(language: str, text: str, count: int) -> None:
    with default_locale(language):
        assert parse_count(text) == count


def test_parse_count_refuses_a_french_dot_that_could_be_either() -> None:
    with default_locale("fr"), pytest.raises(ValueError, match="Write a whole number"):
        parse_count("1.000")


@pytest.mark.parametrize(("language", "shown"), [("es", "16/5/2026"), ("fr", "16/05/2026"), ("pt", "16/05/2026")])
@pytest.mark.parametrize("text", ["16/05/2026", "16.05.2026", "16-05-2026", "16/5/2026", "2026-05-16"])
def test_parse_date_the_local_way(qtbot: Any, language: str, shown: str, text: str) -> None:
    with default_locale(language):
        assert parse_date(text) == dt.date(2026, 5, 16)
        field = make(qtbot, DateField())
        field.set_value(dt.date(2026, 5, 16))
        assert field.text() == shown


@pytest.mark.parametrize(("language", "message"), [
    ("es", "Write the date as day/month/year, like 16/5/2026"),
    ("fr", "Write the date as day/month/year, like 16/05/2026"),
    ("pt", "Write the date as day/month/year, like 16/05/2026"),
])
def test_parse_date_names_the_local_form(language: str, message: str) -> None:
    with default_locale(language):
        for text in ("16/05/26", "05/16/2026 x", "yesterday"):
            with pytest.raises(ValueError) as refused:
                parse_date(text)
            assert str(refused.value) == message
        with pytest.raises(ValueError, match=r"^There is no month 13; write the date as day/month/year"):
            parse_date("16/13/2026")


@pytest.mark.parametrize("language", ["es", "fr", "pt"])
def test_parse_datetime_the_local_way(language: str) -> None:
    with default_locale(language):
        assert parse_datetime("16/05/2026 9:30") == dt.datetime(2026, 5, 16, 9, 30)
        assert parse_datetime("16/05/2026 09h30") == dt.datetime(2026, 5, 16, 9, 30)
        assert parse_datetime("2026-05-16T09:30") == dt.datetime(2026, 5, 16, 9, 30)
        with pytest.raises(ValueError, match=r"^Add the time too, like 16/0?5/2026 09:30$"):
            parse_datetime("16/05/2026")


def test_numbers_are_shown_with_the_locale_decimal_mark_without_grouping(qtbot: Any) -> None:
    for language, shown in (("es", "1234,5"), ("fr", "1234,5"), ("pt", "1234,5"), ("en", "1234.5")):
        with default_locale(language):
            field = make(qtbot, QuantityField("area", "m2"))
            field.set_value(1234.5)
            assert field.text() == shown
            assert field.value() == 1234.5


# -- the checks' messages in the window's language ----------------------------------------------------

SPANISH = catalogue("es")


def test_a_refused_value_is_explained_in_spanish_with_the_value_written_the_spanish_way(
        qtbot: Any, store: Database, tmp_path: Path, stored_event: tuple[Site, Event], in_spanish: None) -> None:
    _site, event = stored_event
    window = open_window(qtbot, store, tmp_path)
    qtbot.waitUntil(lambda: window.current_event is not None, timeout=10_000)
    dialog = open_dialog(qtbot, window, Qt.Key.Key_4)  # invasive removal
    type_fields(qtbot, dialog, {"species": "Lantana camara", "weight_kg": "-2,5"})
    words = SPANISH("checks", "cannot be negative (it is {value})")
    assert words != "cannot be negative (it is {value})", "the catalogue translates the check"
    expected = words.format(value="-2,5")
    assert dialog.form.field("weight_kg").message() == sentence(expected)
    qtbot.keyClick(line_of(dialog.form.field("weight_kg")), Qt.Key.Key_Return)
    refused = SPANISH("RecordDialog", "Not saved: fix what is marked in red first.")
    qtbot.waitUntil(lambda: dialog.status.text() == refused, timeout=5000)
    assert dialog.form.field("weight_kg").message() == sentence(expected)
    settle(qtbot, window)
    assert Records(store).list_activities(event.id) == []
    dialog.form.clear()
    window.close()


def test_a_warning_names_its_dates_the_spanish_way(qtbot: Any, stored_event: tuple[Site, Event],
                                                   in_spanish: None, checklist: list[ChecklistEntry]) -> None:
    site, event = stored_event
    form = make(qtbot, InvasiveRemovalForm(event, site, checklist=checklist, today=lambda: TODAY))
    type_in(qtbot, form.field("species"), "Lantana camara")
    type_in(qtbot, form.field("weight_kg"), "2,5")
    type_in(qtbot, form.field("date"), "20/05/2026")  # the event was on 16 May
    expected = SPANISH("checks", "{date} is not within the event ({first} to {last})").format(
        date="20/5/2026", first="16/5/2026", last="16/5/2026")
    assert form.field("date").message() == f"⚠ {sentence(expected)}"
    assert "within the event" not in expected


def test_the_words_of_a_filter_follow_the_language(qapp: Any) -> None:
    flt = SummaryFilter(campaign="MAD-Week 2026", country="KE", date_from=dt.date(2026, 5, 30),
                        kind="planting", species=("Avicennia marina",))
    assert describe_filter(flt) == ("in campaign MAD-Week 2026, in country KE (Kenya), from 2026-05-30, "
                                    "with planting of Avicennia marina")
    for language in ("es", "fr", "pt"):
        words = describe_filter(flt, language)
        assert "MAD-Week 2026" in words and "Avicennia marina" in words and "2026-05-30" in words
        assert f"({country_name('KE', language)})" in words
        assert catalogue(language)("vocabulary", "Planting").casefold() in words
        assert not {"in", "campaign", "country", "with", "of"} & set(words.split()), words

"""A value too long or too large for its column is refused with words on both backends, before any write:
SQLite would store it anyway and PostgreSQL would refuse the whole transaction with a driver's error."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from pathlib import Path

import pytest

from fieldlog.domain.errors import ValidationError
from fieldlog.domain.records import Event, LitterItem, LitterPickup, Planting, Site
from fieldlog.io.sheets import ImportRejected
from fieldlog.services.database import Database
from fieldlog.services.importing import import_file
from fieldlog.services.records import Records
from tests.conftest import db_signature


def test_a_text_longer_than_its_column_is_refused_naming_the_field(records: Records, site: Site,
                                                                    database: Database) -> None:
    before = db_signature(database)
    with pytest.raises(ValidationError) as refused:
        records.record_event(Event(event_name="K" * 280, site_id=site.id, start=dt.datetime(2026, 6, 1, 9),
                                   participants=5))
    assert "event_name: is 280 characters long; at most 255 fit" in str(refused.value)
    with pytest.raises(ValidationError, match="site_name: is 256 characters long"):
        records.update(dataclasses.replace(site, name="K" * 256))
    assert db_signature(database) == before
    stored = records.record_event(Event(event_name="K" * 255, site_id=site.id, start=dt.datetime(2026, 6, 1, 9),
                                        participants=5)).record  # the longest that fits is kept whole
    assert records.get_event(stored.id).event_name == "K" * 255


def test_a_number_beyond_32_bits_and_a_long_item_category_are_refused(records: Records, event: Event,
                                                                      database: Database) -> None:
    before = db_signature(database)
    with pytest.raises(ValidationError, match="plants: is 3,000,000,000, more than fieldlog can store"):
        records.record_activity(Planting(event_id=event.id, species="Prunus africana", plants=3_000_000_000))
    with pytest.raises(ValidationError, match="items: an item category is 300 characters long"):
        records.record_activity(LitterPickup(event_id=event.id, bags=2, items=(
            LitterItem(activity_id=uuid.uuid4(), item_category="x" * 300, item_count=3),)))
    assert db_signature(database) == before


def test_an_import_row_with_a_too_long_cell_names_the_row_and_column(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "plantings.csv"
    path.write_text("Event,Start,Site,Country,Participants,Species,Plants\n"
                    "Tree day,2026-05-30,Karura Forest,KE,10,Croton megalocarpus,40\n"
                    f"Tree day 2,2026-05-31,{'Karura ' * 50},KE,10,Croton megalocarpus,40\n", encoding="utf-8")
    before = db_signature(database)
    with pytest.raises(ImportRejected) as refused:
        import_file(database, path)
    message = str(refused.value)
    assert "plantings.csv, row 3, column 'Site': is 349 characters long; at most 255 fit" in message
    assert db_signature(database) == before

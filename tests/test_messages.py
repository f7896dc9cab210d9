"""A Message is the English sentence wherever a string goes, and keeps its words and values for the window."""

from __future__ import annotations

import datetime as dt
import json
import pickle
import uuid
from pathlib import Path

import openpyxl

from fieldlog.domain.checks import check_event
from fieldlog.domain.messages import Message
from fieldlog.domain.records import Event


def test_a_message_is_its_english_sentence_and_keeps_its_parts() -> None:
    clause = Message("the Date format of the import window")
    message = Message("'{text}' is {amount} kg on {day}; set {where}", text="2,5", amount=2.5,
                      day=dt.date(2026, 5, 30), where=clause)
    assert message == "'2,5' is 2.5 kg on 2026-05-30; set the Date format of the import window"
    assert isinstance(message, str) and message.startswith("'2,5'")
    assert message.text == "'{text}' is {amount} kg on {day}; set {where}" and message.context == "messages"
    assert dict(message.values)["where"] is clause
    assert Message("{no values, braces stay}") == "{no values, braces stay}"


def test_a_message_survives_pickle_json_and_a_workbook(tmp_path: Path) -> None:
    message = Message("{count} rows", context="checks", count=3)
    again = pickle.loads(pickle.dumps(message))
    assert again == "3 rows" and again.text == message.text and again.values == message.values
    assert again.context == "checks"
    assert json.loads(json.dumps({"reason": message})) == {"reason": "3 rows"}
    workbook = openpyxl.Workbook()
    workbook.active.append([message])
    workbook.save(tmp_path / "reasons.xlsx")
    assert openpyxl.load_workbook(tmp_path / "reasons.xlsx").active["A1"].value == "3 rows"


def test_a_checks_message_keeps_the_values_it_names() -> None:
    event = Event(event_name="Beach day", site_id=uuid.uuid4(),
                  start=dt.datetime(2026, 5, 30, 9), end=dt.datetime(2026, 5, 29, 9), participants=3)
    [issue] = [issue for issue in check_event(event) if issue.code == "end_before_start"]
    assert issue.message == "the event ends (2026-05-29 09:00) before it starts (2026-05-30 09:00)"
    assert isinstance(issue.message, Message) and issue.message.context == "checks"
    assert dict(issue.message.values) == {"end": event.end, "start": event.start}

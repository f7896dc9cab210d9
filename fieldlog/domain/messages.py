"""Sentences for people that the window can translate: English words with the values they name kept apart.

A `Message` is a `str`, the English sentence, wherever a string goes (the command line, the rejected-rows
workbook, logs, tests); it also keeps its marked text and its values, so the window translates the words
with its catalogue and writes the numbers and dates the local way (`fieldlog.ui.editors.fields.local_message`).
Its text is marked where it is written: `Message(QT_TRANSLATE_NOOP("messages", "'{text}' is not a number"),
text=...)`; the quality checks keep their own context ("checks", see `fieldlog.domain.checks.Issue`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

Value = str | int | float | dt.date  # a value a message names; dt.datetime is a dt.date too; a Message is a str
CONTEXT = "messages"  # this module's name: the context its texts are filed under in the catalogues


def english_value(value: Value) -> str:
    """A value as the English sentence writes it (the window writes it the local way)."""
    match value:
        case bool() | str() | int():
            return str(value)
        case float():
            return f"{value:g}"
        case dt.datetime():
            return f"{value:%Y-%m-%d %H:%M}"
        case dt.date():
            return f"{value:%Y-%m-%d}"


class Message(str):
    """The English sentence of `text` (marked for translation) with `values` filled in, remembering both."""

    text: str
    context: str
    values: tuple[tuple[str, Value], ...]

    def __new__(cls, words: str, /, *, context: str = CONTEXT, **values: Value) -> Message:
        """`words` with their `{names}` filled in from `values`, as English."""
        english = words.format(**{name: english_value(value) for name, value in values.items()}) if values else words
        message = super().__new__(cls, english)
        message.text, message.context, message.values = words, context, tuple(values.items())
        return message

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (self.text, self.context, self.values)


def _rebuild(text: str, context: str, values: tuple[tuple[str, Value], ...]) -> Message:
    return Message(text, context=context, **dict(values))

"""The coordinator's spreadsheet template, with the country list the io layer cannot look up itself."""

from __future__ import annotations

from pathlib import Path

from fieldlog.io import template
from fieldlog.io.language import ENGLISH
from fieldlog.services.reference import countries


def write_template(path: Path, language: str = ENGLISH) -> None:
    """Write the template workbook to `path` (atomically), its words in `language` (a shipped language's code)."""
    template.write_template(path, countries(), language)

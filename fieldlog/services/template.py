"""The coordinator's spreadsheet template, with the country list the io layer cannot look up itself."""

from __future__ import annotations

from pathlib import Path

from fieldlog.io import template
from fieldlog.services.reference import countries


def write_template(path: Path) -> None:
    """Write the template workbook to `path` (atomically)."""
    template.write_template(path, countries())

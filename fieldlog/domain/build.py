"""Building records from loose field values (a form, a spreadsheet row), with field-named errors."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from fieldlog.domain.checks import Issue
from fieldlog.domain.errors import ValidationError
from fieldlog.domain.kinds import ActivityKind, Level
from fieldlog.domain.records import ACTIVITY_CLASSES, Activity


def make_activity(kind: str | ActivityKind, values: Mapping[str, Any]) -> Activity:
    """An activity of `kind` (key or label) from field values; ValidationError names what is wrong."""
    try:
        parsed = ActivityKind.parse(kind) if isinstance(kind, str) else kind
    except ValueError:
        known = ", ".join(k.value for k in ActivityKind)
        raise ValidationError([Issue(Level.ERROR, "kind", f"'{kind}' is not an activity kind ({known})",
                                     "unknown_kind")], "activity") from None
    cls = ACTIVITY_CLASSES[ActivityKind(parsed)]
    accepted = {f.name: f for f in dataclasses.fields(cls)}
    issues = [Issue(Level.ERROR, name, f"is not a field of a {parsed.label.lower()} activity", "unknown_field")
              for name in values if name not in accepted]
    issues += [Issue(Level.ERROR, name, "is required", "required")
               for name, f in accepted.items()
               if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
               and values.get(name) is None]
    if issues:
        raise ValidationError(issues, f"{parsed.label.lower()} activity")
    return cls(**values)

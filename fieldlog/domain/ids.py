"""Record identities: random UUIDs that never change and are never reused."""

from __future__ import annotations

import uuid


def new_id() -> uuid.UUID:
    """A fresh random identity for a new record."""
    return uuid.uuid4()


def parse_id(text: str) -> uuid.UUID:
    """A record id from its text form; ValueError when it is not a UUID."""
    return uuid.UUID(text.strip())

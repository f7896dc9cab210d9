"""Reading a whole file a block at a time: its bytes, and its SHA-256 (for imports, photos and packages)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

BLOCK = 1 << 20


def file_chunks(path: Path) -> Iterator[bytes]:
    """The file's bytes, a block at a time."""
    with open(path, "rb") as handle:
        while block := handle.read(BLOCK):
            yield block


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes, read in blocks."""
    digest = hashlib.sha256()
    for block in file_chunks(path):
        digest.update(block)
    return digest.hexdigest()

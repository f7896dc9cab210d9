"""Replacing a set of files together (io/atomic.py): all of them, or every older file as it was.

Real files in a temporary folder; the faults (a rename refused for want of space, a disk without hard links)
are injected into `os.replace` and `os.link`, the calls a full disk or a FAT stick refuses.
"""

from __future__ import annotations

import errno
import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fieldlog.domain.errors import ExportFailed
from fieldlog.io.atomic import export_paths

NAMES = ("events.csv", "planting.csv", "seed_collection.csv", "litter_items.csv")


def state(folder: Path) -> dict[str, str]:
    """Every file in `folder` (hidden ones included) with a hash of its bytes."""
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())}


def older_export(folder: Path, names: tuple[str, ...] = NAMES[:3]) -> dict[str, str]:
    """An older export of some of the files (not all: the new one adds a file)."""
    for name in names:
        (folder / name).write_text(f"old {name}\n", encoding="utf-8")
    return state(folder)


def export(folder: Path) -> None:
    with export_paths([folder / name for name in NAMES], "the CSV files") as partials:
        for partial, name in zip(partials, NAMES, strict=True):
            partial.write_text(f"new {name}\n", encoding="utf-8")


def refuse(monkeypatch: pytest.MonkeyPatch, name: str, from_call: int, code: int = errno.ENOSPC,
           until_call: int | None = None) -> list[int]:
    """`os.<name>` fails with `code` from its `from_call`-th call on (up to `until_call`); returns the count."""
    real: Callable[..., Any] = getattr(os, name)
    calls = [0]

    def faulty(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        if calls[0] >= from_call and (until_call is None or calls[0] <= until_call):
            raise OSError(code, os.strerror(code))
        return real(*args, **kwargs)

    monkeypatch.setattr(os, name, faulty)
    return calls


def test_a_complete_export_replaces_every_file_and_leaves_nothing_else(tmp_path: Path) -> None:
    older_export(tmp_path)
    export(tmp_path)
    assert {path.name: path.read_text(encoding="utf-8") for path in tmp_path.iterdir()} == {
        name: f"new {name}\n" for name in NAMES}


@pytest.mark.parametrize("fail_at", range(1, len(NAMES) + 1))
@pytest.mark.parametrize("links", [True, False], ids=["hard-links", "no-hard-links"])
def test_a_rename_refused_part_way_puts_every_older_file_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: int, links: bool) -> None:
    # The disk refuses the fail_at-th rename and every one after it (a full disk stays full); the files renamed
    # before it are put back without a rename where one is refused. A disk without hard links (FAT, exFAT)
    # keeps copies of the older files instead; putting them back then needs a rename, so the refusal is
    # one-off there (a file open in another program, say).
    before = older_export(tmp_path)
    if not links:
        refuse(monkeypatch, "link", 1, errno.EPERM)
    renames = refuse(monkeypatch, "replace", fail_at, until_call=None if links else fail_at)
    with pytest.raises(ExportFailed) as failure:
        export(tmp_path)
    assert renames[0] >= fail_at
    message = str(failure.value)
    assert message == (f"Could not write the CSV files to {tmp_path}: the disk is full. Nothing was written; free "
                       "some space or choose another folder, then export again.")
    assert state(tmp_path) == before


def test_files_that_cannot_be_put_back_are_named_and_their_older_versions_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # No hard links and every rename from the third on refused: the two files already replaced cannot be put
    # back. The error must say so (never "Nothing was written"), which files, and where the older ones are.
    older_export(tmp_path)
    refuse(monkeypatch, "link", 1, errno.EPERM)
    refuse(monkeypatch, "replace", 3)
    with pytest.raises(ExportFailed) as failure:
        export(tmp_path)
    message = str(failure.value)
    assert "Nothing was written" not in message
    assert message.startswith(f"Could not write the CSV files to {tmp_path}: the disk is full. The export stopped "
                              "part-way and these files could not be put back as they were: "), message
    assert message.endswith("; the other files are as they were. Free some space, then export again."), message
    kept = {path for path in tmp_path.iterdir() if path.name.endswith(".old.tmp")}
    assert len(kept) == 2
    for name in NAMES[:2]:  # the older file's name went with the failed put-back; its bytes are kept
        older = next(path for path in kept if path.name.startswith(f".{name}."))
        assert older.read_text(encoding="utf-8") == f"old {name}\n"
        assert f"{name} (missing; the older file is kept as {older.name})" in message
    # The files not yet reached are untouched, and no temporary file of the new export is left.
    assert (tmp_path / NAMES[2]).read_text(encoding="utf-8") == f"old {NAMES[2]}\n"
    assert not (tmp_path / NAMES[3]).exists()
    assert {path.name for path in tmp_path.iterdir()} == {*NAMES[2:3], *(path.name for path in kept)}

"""The whole chain through the command line: three organizers' laptops export packages, a coordinator merges
them (twice), and SER imports the coordinator's report. Every hop is lossless and sending twice counts once.
Every database of a chain is on the same backend: SQLite files, or databases on a PostgreSQL server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from fieldlog.cli import main
from fieldlog.domain.summary import SUMMARY_KEYS
from tests.conftest import Databases

# Distinct counts cannot be added up across laptops; everything else must add up exactly.
DISTINCT = {"countries", "species", "lots"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Run a fieldlog command in this process; it must succeed. Returns what it printed."""
    status = main(list(argv))
    out, err = capsys.readouterr()
    assert status == 0, f"fieldlog {' '.join(argv)} exited {status}: {err}"
    return out


def summary(capsys: pytest.CaptureFixture[str], db: str | Path) -> dict[str, Any]:
    """`fieldlog summary --json` flattened to {'planting.plants': …}."""
    data = json.loads(run(capsys, "--db", str(db), "summary", "--json"))
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat.update({f"{key}.{figure}": number for figure, number in value.items()})
        else:
            flat[key] = value
    return flat


def test_three_laptops_to_a_coordinator_to_ser(databases: Databases, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    laptops = []
    for seed in (11, 12, 13):
        db = databases.location(f"laptop-{seed}")
        run(capsys, "--db", str(db), "demo-data", "--events", "40", "--seed", str(seed))
        package = tmp_path / f"laptop-{seed}.fieldlog"
        assert "Wrote the exchange package" in run(capsys, "--db", str(db), "export", "package", str(package))
        laptops.append(summary(capsys, db))
    coordinator = databases.location("coordinator")
    for attempt in (1, 2):
        for seed in (11, 12, 13):
            run(capsys, "--db", str(coordinator), "import", str(tmp_path / f"laptop-{seed}.fieldlog"))
        merged = summary(capsys, coordinator)
        for key, value in merged.items():
            figures = [laptop[key] for laptop in laptops]
            if key.rsplit(".", 1)[-1] in DISTINCT:
                assert max(figures) <= value <= sum(figures), (attempt, key)
            else:
                assert value == pytest.approx(sum(figures), rel=1e-9), (attempt, key)
    assert merged["events"] == 120
    assert set(SUMMARY_KEYS) <= {key.split(".")[0] for key in merged}

    report = tmp_path / "coordinator report.xlsx"
    run(capsys, "--db", str(coordinator), "export", "report", str(report))
    assert openpyxl.load_workbook(report, read_only=True).sheetnames[0] == "Summary"
    ser = databases.location("ser")
    run(capsys, "--db", str(ser), "import", str(report))
    assert summary(capsys, ser) == pytest.approx(merged)
    again = run(capsys, "--db", str(ser), "import", str(report))
    assert "Nothing new to import" in again
    assert summary(capsys, ser) == pytest.approx(merged)


def test_a_package_merged_twice_says_so(databases: Databases, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    laptop, coordinator = databases.location("laptop"), databases.location("coordinator")
    run(capsys, "--db", str(laptop), "demo-data", "--events", "10", "--seed", "4")
    package = tmp_path / "laptop.fieldlog"
    run(capsys, "--db", str(laptop), "export", "package", str(package))
    dry = run(capsys, "--db", str(coordinator), "import", str(package), "--dry-run")
    assert "nothing was written" in dry.lower()
    assert summary(capsys, coordinator)["events"] == 0
    run(capsys, "--db", str(coordinator), "import", str(package))
    assert summary(capsys, coordinator) == pytest.approx(summary(capsys, laptop), rel=1e-12)  # sums in another order

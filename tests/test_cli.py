"""The command line as a user runs it: real processes, exit statuses, messages, no tracebacks."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from fieldlog.domain.summary import SUMMARY_KEYS

REPO = Path(__file__).resolve().parent.parent


def fieldlog(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m fieldlog ARGS` in a fresh process."""
    return subprocess.run([sys.executable, "-m", "fieldlog", *args], capture_output=True, text=True,
                          cwd=REPO, env={**os.environ, **(env or {})}, timeout=300)


def test_help_lists_the_commands() -> None:
    done = fieldlog("--help")
    assert done.returncode == 0
    for command in ("demo-data", "summary", "check", "backup", "restore"):
        assert command in done.stdout


def test_demo_data_then_summary_json(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    assert fieldlog("--db", db, "demo-data", "--events", "200", "--seed", "1").returncode == 0
    done = fieldlog("--db", db, "summary", "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert set(summary) == {"events", "countries", "participants", "volunteer_hours", *SUMMARY_KEYS}
    assert summary["events"] == 200 and summary["countries"] > 5
    for kind, keys in SUMMARY_KEYS.items():
        assert tuple(summary[kind]) == keys
        assert all(summary[kind][key] > 0 for key in keys), (kind, summary[kind])

    # the same seed in another database gives the same figures
    other = str(tmp_path / "y.db")
    assert fieldlog("--db", other, "demo-data", "--events", "200", "--seed", "1").returncode == 0
    assert json.loads(fieldlog("--db", other, "summary", "--json").stdout) == summary
    # and another seed gives other figures
    third = str(tmp_path / "z.db")
    assert fieldlog("--db", third, "demo-data", "--events", "200", "--seed", "2").returncode == 0
    assert json.loads(fieldlog("--db", third, "summary", "--json").stdout) != summary

    text = fieldlog("--db", db, "summary", "--country", "Kenya")
    assert text.returncode == 0 and "country=KE" in text.stdout and "planting" in text.stdout


def test_fieldlog_db_environment_variable(tmp_path: Path) -> None:
    db = tmp_path / "from-env.db"
    assert fieldlog("summary", env={"FIELDLOG_DB": str(db)}).returncode == 0
    assert db.exists()


def test_check_and_backup(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    assert fieldlog("--db", str(db), "demo-data", "--events", "20").returncode == 0
    checked = fieldlog("--db", str(db), "check")
    assert checked.returncode == 0 and "ok" in checked.stdout
    backed = fieldlog("--db", str(db), "backup")
    assert backed.returncode == 0
    backups = list((tmp_path / "backups").glob("*.db"))
    assert len(backups) == 1 and backups[0].name in backed.stdout


def test_check_finds_summary_totals_out_of_step_and_repairs_them(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    assert fieldlog("--db", str(db), "demo-data", "--events", "20").returncode == 0
    with sqlite3.connect(db) as connection:  # as if a program wrote records behind fieldlog's back
        connection.execute("UPDATE rollup_activities SET plants = plants + 1 WHERE kind = 'planting'")
    checked = fieldlog("--db", str(db), "check")
    assert checked.returncode == 1 and "summary totals differ" in checked.stderr
    assert "planting.plants" in checked.stderr and "Traceback" not in checked.stderr
    repaired = fieldlog("--db", str(db), "check", "--repair")
    assert repaired.returncode == 0 and "ok" in repaired.stdout


@pytest.mark.parametrize("content", [b"just some text\n" * 100, b""])
def test_not_a_database_gives_a_message_and_exit_1(tmp_path: Path, content: bytes) -> None:
    db = tmp_path / "notes.db"
    db.write_bytes(content or b"\x00" * 4096 + b"x")
    before = db.read_bytes()
    done = fieldlog("--db", str(db), "summary")
    assert done.returncode == 1
    assert "not an SQLite file" in done.stderr and "Traceback" not in done.stderr
    assert db.read_bytes() == before


def test_usage_errors_exit_2_without_traceback(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    for args in (("summary", "--from", "yesterday"), ("summary", "--country", "Atlantis"),
                 ("demo-data", "--events", "-4"), ("frobnicate",)):
        done = fieldlog("--db", db, *args)
        assert done.returncode == 2, args
        assert "Traceback" not in done.stderr and done.stderr.strip()


def test_commands_without_a_window_do_not_import_qt(tmp_path: Path) -> None:
    probe = ("import sys\nfrom fieldlog.app import main\n"
             f"code = main(['--db', {str(tmp_path / 'q.db')!r}, 'summary', '--json'])\n"
             "assert code == 0\n"
             "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr


def test_a_damaged_database_gives_a_message_and_exit_1(tmp_path: Path) -> None:
    from tests.test_database import damage

    db = tmp_path / "x.db"
    assert fieldlog("--db", str(db), "demo-data", "--events", "30").returncode == 0
    damage(db)
    before = db.read_bytes()
    for command in ("summary", "check"):  # the first moves the file aside; the second finds it gone
        done = fieldlog("--db", str(db), command)
        assert done.returncode == 1, done.stderr
        assert "damaged" in done.stderr and "Traceback" not in done.stderr
        assert "No good backup" in done.stderr
    # never written into, never deleted: kept under a new name, and no empty database in its place
    [moved] = tmp_path.glob("x.db.corrupt-*[0-9]Z")
    assert moved.read_bytes() == before and not db.exists()


def test_exports_from_the_command_line(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    assert fieldlog("--db", db, "demo-data", "--events", "15", "--seed", "3").returncode == 0
    for args, out in ((("report",), "r.xlsx"), (("package",), "p.fieldlog"), (("dwc",), "d.zip"),
                      (("geojson",), "s.geojson"), (("csv",), "csv"),
                      (("report", "--country", "Kenya", "--include-personal"), "ke.xlsx"),
                      (("package", "--since", "2020-01-01", "--for-sharing"), "shared.fieldlog")):
        done = fieldlog("--db", db, "export", args[0], str(tmp_path / out), *args[1:])
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("Wrote ") and str(tmp_path / out) in done.stdout
        assert (tmp_path / out).exists()


def test_export_usage_and_write_failures(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    missing = fieldlog("--db", db, "export")
    assert missing.returncode == 2 and "FORMAT" in missing.stderr and "Traceback" not in missing.stderr
    nowhere = fieldlog("--db", db, "export", "report", str(tmp_path / "no such folder" / "r.xlsx"))
    assert nowhere.returncode == 1 and "Traceback" not in nowhere.stderr
    assert "Could not write the SER report" in nowhere.stderr and "does not exist" in nowhere.stderr
    fake = tmp_path / "fake.fieldlog"
    fake.write_text("not a package at all")
    refused = fieldlog("--db", db, "import", str(fake))
    assert refused.returncode == 1 and "Traceback" not in refused.stderr and "fake.fieldlog" in refused.stderr


def test_output_cut_short_by_the_reader_is_not_an_error(tmp_path: Path) -> None:
    """`fieldlog summary | head -1`: the reader goes away before fieldlog writes; that is no failure."""
    db = str(tmp_path / "x.db")
    assert fieldlog("--db", db, "demo-data", "--events", "5").returncode == 0
    child = subprocess.Popen([sys.executable, "-m", "fieldlog", "--db", db, "summary"], cwd=REPO,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env={**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")})
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # before fieldlog has opened the database, let alone printed
    error = child.stderr.read()
    assert child.wait(timeout=120) == 0, error
    assert "went wrong" not in error and "Traceback" not in error

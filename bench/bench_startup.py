"""Process start to exit: `fieldlog --help` and `fieldlog summary` on an empty database, against bare
`python -c "import sqlite3"` and `python -c "import sqlalchemy.orm"` (the floor of any command that
uses the database layer) in the same run."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from _common import report, timed

REPO = Path(__file__).resolve().parent.parent
RUNS = 15


def run(*args: str) -> None:
    subprocess.run([sys.executable, *args], check=True, capture_output=True, cwd=REPO)


def main() -> None:
    """Measure."""
    db = str(Path(tempfile.mkdtemp(prefix="fieldlog-bench-")) / "empty.db")
    run("-m", "fieldlog", "--db", db, "summary")  # create and migrate once; startup is measured after
    baseline = timed(lambda: run("-c", "import sqlite3"), RUNS)
    report("fieldlog --help", timed(lambda: run("-m", "fieldlog", "--help"), RUNS), baseline)
    summary = timed(lambda: run("-m", "fieldlog", "--db", db, "summary", "--json"), RUNS)
    report("fieldlog summary (empty database)", summary, baseline)
    report("fieldlog summary vs import sqlalchemy.orm", summary,
           timed(lambda: run("-c", "import sqlalchemy.orm"), RUNS))


if __name__ == "__main__":
    main()

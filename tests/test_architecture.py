"""The layers of DESIGN.md hold, the code is lint- and type-clean, and the core runs without Qt."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = BIN / name
    if found.exists():
        return str(found)
    located = shutil.which(name)
    if located is None:
        pytest.skip(f"{name} is not installed (make test installs it)")
    return located


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, cwd=REPO, timeout=600)


def test_import_linter_contracts() -> None:
    done = run(tool("lint-imports"), "--no-cache")
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_is_clean() -> None:
    done = run(tool("ruff"), "check", "fieldlog", "tests", "bench", "main.py")
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_strict_on_the_core() -> None:
    done = run(tool("mypy"))
    assert done.returncode == 0, done.stdout + done.stderr


BLOCK_QT = """
import sys, importlib.abc
class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ModuleNotFoundError("No module named 'PySide6' (blocked by the test)")
        return None
sys.meta_path.insert(0, NoQt())
"""


def test_core_layers_and_cli_work_without_pyside6(tmp_path: Path) -> None:
    probe = BLOCK_QT + (
        "import fieldlog.domain.checks, fieldlog.domain.build, fieldlog.db.store, fieldlog.io.resources\n"
        "import fieldlog.services.records, fieldlog.services.summary, fieldlog.services.demo, fieldlog.cli\n"
        "from fieldlog.app import main\n"
        f"assert main(['--db', {str(tmp_path / 'noqt.db')!r}, 'demo-data', '--events', '12']) == 0\n"
        f"assert main(['--db', {str(tmp_path / 'noqt.db')!r}, 'summary', '--json']) == 0\n"
        "try:\n    import PySide6\nexcept ModuleNotFoundError:\n    pass\n"
        "else:\n    raise SystemExit('the blocker did not work')\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def test_nothing_from_shared_realdata_is_committed() -> None:
    shared = REPO.parent / "shared" / "realdata"
    if not shared.is_dir():
        pytest.skip("../shared/realdata is not beside this checkout")
    names = {p.name for p in shared.rglob("*") if p.is_file() and p.name != "README.md"}
    tracked = run("git", "ls-files").stdout.split()
    assert not [path for path in tracked if Path(path).name in names]

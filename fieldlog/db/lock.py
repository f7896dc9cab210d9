"""One writer per database: a lock file beside it (`<db>.lock`) that says which process has it open.

Two byte ranges of the lock file are locked with POSIX record locks (`fcntl.lockf`), which the kernel
drops when a process ends however it ends, so a crash never leaves a lock behind that blocks the next
start:

- byte 0, the *writer* lock, exclusive: the window and the commands that write (import, demo-data,
  backup, restore, check --repair). The holder writes its process id into the file so a second one
  can say who has it.
- byte 1, the *open* lock: shared by every fieldlog process that has the database open, readers
  included (summary, export, check); exclusive (*alone*) while a restore or a move-aside swaps the
  file itself, so no reader has the old file and its `-wal` open while they are replaced.

Readers therefore run beside the window (SQLite serves concurrent readers fine in WAL mode); the
danger is two writers with their own caches, or a file replaced under an open connection.

Holds are counted per process: opening the same database twice in one process shares the locks
(a POSIX lock never conflicts with its own process, and closing any descriptor of the file would drop
them all, so the file is opened once per process). Where `fcntl` does not exist (Windows), the writer
lock is a file created with O_EXCL holding the process id, taken over when that process is gone; the
open lock is not kept there.
"""

from __future__ import annotations

import errno
import os
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from fieldlog.domain.errors import DatabaseInUse, DatabaseProblem

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

LOCK_SUFFIX = ".lock"
_WRITER_BYTE, _OPEN_BYTE = 0, 1
_POLL = 0.05
_use_fcntl = fcntl is not None  # tests switch this off to exercise the O_EXCL fallback


def lock_path(database: Path) -> Path:
    """The lock file of a database file: `<name>.lock` beside it."""
    return database.with_name(database.name + LOCK_SUFFIX)


def pid_alive(pid: int) -> bool:
    """True when a process with this id exists (a stale lock's owner is gone when False)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel = ctypes.windll.kernel32
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return bool(kernel.GetLastError() == 5)  # access denied: it exists, it is someone else's
        try:
            code = ctypes.c_ulong()
            kernel.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _in_use(database: Path, pid: int | None) -> DatabaseInUse:
    who = f" (process {pid})" if pid else ""
    return DatabaseInUse(f"fieldlog is already open on {database}{who}; close it first.", path=database, pid=pid)


def _busy(error: OSError) -> bool:
    return error.errno in (errno.EACCES, errno.EAGAIN)


@dataclass
class _Entry:
    """This process's locks on one database and how many holds share them."""

    database: Path
    lock_file: Path
    fd: int | None = None
    writers: int = 0
    opens: int = 0
    alones: int = 0
    applied: tuple[bool, int] = (False, 0)  # (writer byte held, open byte: 0 none, 1 shared, 2 exclusive)
    excl_file: bool = False  # the O_EXCL fallback file is ours

    # -- fcntl ----------------------------------------------------------------------------------------

    def _fd(self) -> int:
        if self.fd is None:
            try:
                self.lock_file.parent.mkdir(parents=True, exist_ok=True)
                self.fd = os.open(self.lock_file, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as error:
                raise DatabaseProblem(f"Cannot create the lock file {self.lock_file}: "
                                      f"{error.strerror or error}.") from error
        return self.fd

    def _holder(self) -> int | None:
        try:
            text = os.pread(self._fd(), 32, 0).decode("ascii", "replace").strip()
            return int(text) if text.isdigit() else None
        except OSError:
            return None

    def _lockf(self, mode: int, byte: int) -> None:
        assert fcntl is not None
        fcntl.lockf(self._fd(), mode, 1, byte)

    def _apply_fcntl(self, writer: bool, open_mode: int, wait: float) -> None:
        assert fcntl is not None
        held_writer, held_open = self.applied
        if writer and not held_writer:
            try:
                self._lockf(fcntl.LOCK_EX | fcntl.LOCK_NB, _WRITER_BYTE)
            except OSError as error:
                if _busy(error):
                    raise _in_use(self.database, self._holder()) from None
                raise
            fd = self._fd()
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
            self.applied = (True, held_open)
        if open_mode != held_open:
            if open_mode == 0:
                self._lockf(fcntl.LOCK_UN, _OPEN_BYTE)
            else:
                kind = fcntl.LOCK_EX if open_mode == 2 else fcntl.LOCK_SH
                deadline = time.monotonic() + wait
                while True:
                    try:
                        self._lockf(kind | fcntl.LOCK_NB, _OPEN_BYTE)
                        break
                    except OSError as error:
                        if not _busy(error):
                            raise
                        if time.monotonic() >= deadline:
                            raise self._open_refused(open_mode) from None
                        time.sleep(_POLL)
            self.applied = (self.applied[0], open_mode)
        if not writer and self.applied[0]:
            os.ftruncate(self._fd(), 0)
            self._lockf(fcntl.LOCK_UN, _WRITER_BYTE)
            self.applied = (False, self.applied[1])

    def _open_refused(self, open_mode: int) -> DatabaseInUse:
        if open_mode == 2:
            return DatabaseInUse(f"Another fieldlog command is still reading {self.database}; try again when it "
                                 "has finished.", path=self.database, pid=None)
        pid = self._holder()
        who = f" (process {pid})" if pid else ""
        return DatabaseInUse(f"fieldlog{who} is replacing {self.database} (restoring a backup or moving a "
                             "damaged file aside); try again in a moment.", path=self.database, pid=pid)

    # -- O_EXCL fallback --------------------------------------------------------------------------------

    def _apply_excl(self, writer: bool) -> None:
        if writer and not self.excl_file:
            for _attempt in range(2):
                try:
                    self.lock_file.parent.mkdir(parents=True, exist_ok=True)
                    fd = os.open(self.lock_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
                except FileExistsError:
                    try:
                        text = self.lock_file.read_text("ascii").strip()
                    except (OSError, UnicodeDecodeError):
                        text = ""
                    pid = int(text) if text.isdigit() else None
                    if pid is None or pid == os.getpid() or not pid_alive(pid):
                        # A crashed process's file. Two starting at once can both get here; the one whose
                        # O_EXCL create wins holds it, the other tries once more and then reports it.
                        self.lock_file.unlink(missing_ok=True)
                        continue
                    raise _in_use(self.database, pid) from None
                except OSError as error:
                    raise DatabaseProblem(f"Cannot create the lock file {self.lock_file}: "
                                          f"{error.strerror or error}.") from error
                try:
                    os.write(fd, f"{os.getpid()}\n".encode("ascii"))
                finally:
                    os.close(fd)
                self.excl_file = True
                return
            raise _in_use(self.database, None)
        if not writer and self.excl_file:
            self.lock_file.unlink(missing_ok=True)
            self.excl_file = False

    # -- both -----------------------------------------------------------------------------------------

    def apply(self, wait: float = 0.0) -> None:
        """Bring the locks in line with the counts (raises DatabaseInUse when another process has them)."""
        open_mode = 2 if self.alones else 1 if self.opens else 0
        try:
            if _use_fcntl:
                self._apply_fcntl(self.writers > 0, open_mode, wait)
            else:
                self._apply_excl(self.writers > 0)
        except OSError as error:  # a file system without locks (some network shares), a full disk
            raise DatabaseProblem(f"Cannot lock {self.lock_file}: {error.strerror or error}. Keep the database "
                                  "on this computer's own disk.") from error

    def idle(self) -> bool:
        """True when no hold is left: the descriptor can be closed."""
        return not (self.writers or self.opens or self.alones)

    def close(self) -> None:
        """Give up every lock (closing the descriptor drops them)."""
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
        self.applied = (False, 0)


_entries: dict[Path, _Entry] = {}
_registry = threading.RLock()  # one lock for every entry: claims are rare and quick


def _key(database: Path) -> Path:
    return Path(os.path.abspath(database)).resolve()


class Hold:
    """This process's claim on a database (writer, open, alone); `release()` gives it back."""

    def __init__(self, entry: _Entry, *, writer: bool, alone: bool) -> None:
        self._entry = entry
        self.writer = writer
        self.alone = alone
        self.released = False

    @property
    def database(self) -> Path:
        """The database file this hold is on."""
        return self._entry.database

    def release(self) -> None:
        """Give the claim back; the locks go when the process's last hold on the database goes."""
        if self.released:
            return
        self.released = True
        entry = self._entry
        with _registry:
            entry.writers -= self.writer
            entry.alones -= self.alone
            entry.opens -= not self.alone
            try:
                entry.apply()  # only ever gives something up, so it cannot be refused
            finally:
                if entry.idle():
                    entry.close()
                    _entries.pop(_key(entry.database), None)

    def __enter__(self) -> Hold:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def hold_database(database: Path, *, writer: bool, alone: bool = False, wait: float = 0.0) -> Hold:
    """Claim a database file for this process: as a writer (exclusive), and open (shared, or alone).

    Raises DatabaseInUse when another process writes to it, or (`alone`) still has it open after
    `wait` seconds, or is replacing it. `alone` implies `writer`.
    """
    writer = writer or alone
    key = _key(database)
    with _registry:
        entry = _entries.get(key)
        if entry is None:
            entry = _entries[key] = _Entry(database=database, lock_file=lock_path(database))
        entry.writers += writer
        entry.alones += alone
        entry.opens += not alone
        try:
            entry.apply(wait)
        except BaseException:
            entry.writers -= writer
            entry.alones -= alone
            entry.opens -= not alone
            try:
                entry.apply()
            finally:
                if entry.idle():
                    entry.close()
                    _entries.pop(key, None)
            raise
    return Hold(entry, writer=writer, alone=alone)


def open_here(database: Path) -> int:
    """How many holds this process has on the database as an open database (not counting `alone` ones)."""
    with _registry:
        entry = _entries.get(_key(database))
        return entry.opens if entry else 0

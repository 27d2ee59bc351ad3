"""Backups of the database while stations run, their rotation, and restoring one.

SQLite: the online backup API copies a consistent snapshot (in WAL mode the
stations keep writing meanwhile) into a private `.part` file, which is checked
(`PRAGMA integrity_check` and Qatra's tables) before it takes its final name:
a backup that exists is a good one. PostgreSQL: `pg_dump` when installed, and
`pg_restore` to restore (no other session, the replaced state dumped aside).

File names carry the time only (`qatra-20251202T091500Z.db`), never a name or
a place. `restore` refuses while stations use the database: each running
station holds a shared lock on `<database>.stations` (released by the system
when the process ends, even killed), and SQLite's own exclusive lock must be
free too (no other connection at all). The file replaced is kept aside.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import re
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from kiosk import paths
from kiosk.private_files import create_private, open_private, private_dir, private_file
from kiosk.storage import faults
from kiosk.storage.db import COMPANIONS, inspect_file, parse_url, sqlite_path
from kiosk.storage.faults import StorageFault

log = logging.getLogger(__name__)

PREFIX = "qatra-"
STAMP = "%Y%m%dT%H%M%SZ"
NAME = re.compile(r"^qatra-(\d{8}T\d{6}Z)(?:-\d+)?\.(db|dump)$")
KEEP = 48  # eight hours of backups every ten minutes
EVERY_MINUTES = 10
BUSY_MS = 10_000


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    size: int


def default_folder() -> Path:
    return paths.data_dir() / "backups"


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime(STAMP)


def _target(folder: Path, now: datetime, suffix: str) -> Path:
    target = folder / f"{PREFIX}{_stamp(now)}.{suffix}"
    number = 1
    while target.exists():  # two backups in the same second
        target = folder / f"{PREFIX}{_stamp(now)}-{number}.{suffix}"
        number += 1
    return target


def _fsync_folder(folder: Path) -> None:
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _folder(folder: Path) -> Path:
    try:
        return private_dir(folder)
    except OSError as error:
        raise StorageFault(faults.BACKUP_FAILED, f"{folder}: {error.strerror or error}") from error


def check_copy(path: Path) -> None:
    """A Qatra database whose `integrity_check` is ok, else `storage.not_a_backup`."""
    try:
        inspect_file(path)
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = [row[0] for row in con.execute("PRAGMA integrity_check(5)")]
        finally:
            con.close()
    except (StorageFault, sqlite3.Error) as error:
        raise StorageFault(faults.NOT_A_BACKUP, str(path)) from error
    if result != ["ok"]:
        raise StorageFault(faults.NOT_A_BACKUP, str(path))


def backup(url: str, folder: Path | None = None, *, keep: int | None = KEEP, now: datetime | None = None) -> Path:
    """Copy the database at `url` into `folder` (default: the data directory's
    `backups/`), check the copy, then keep the `keep` newest backups there."""
    folder = _folder(folder or default_folder())
    now = now or datetime.now(UTC)
    parsed = parse_url(url)
    path = sqlite_path(parsed)
    if parsed.get_backend_name() == "postgresql":
        made = _pg_dump(url, _target(folder, now, "dump"))
    elif path is not None:
        made = _sqlite_backup(path, _target(folder, now, "db"))
    else:
        raise StorageFault(faults.BACKUP_FAILED, parsed.get_backend_name())
    if keep is not None:
        rotate(folder, keep)
    return made


def backup_if_due(
    url: str, folder: Path | None, *, every_minutes: int, keep: int, now: datetime | None = None
) -> Path | None:
    """The automatic backup of a running station: skipped when another station (of
    this machine or another writing to the same folder) made one less than
    `every_minutes` ago, or is making one now."""
    folder = _folder(folder or default_folder())
    now = now or datetime.now(UTC)
    newest = list_backups(folder)
    if newest and (now - newest[0].taken_at).total_seconds() < every_minutes * 60 * 0.9:
        return None
    with open_private(folder / ".backup.lock", "ab") as lock:
        try:
            fcntl.flock(lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return None
        return backup(url, folder, keep=keep, now=now)


def _sqlite_backup(source: Path, target: Path) -> Path:
    if not source.exists():
        raise StorageFault(faults.FOREIGN_FILE, str(source))
    inspect_file(source)
    partial = target.with_name(target.name + ".part")
    create_private(partial)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=BUSY_MS / 1000)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)  # one step: a consistent snapshot, writers go on (WAL)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            dst.close()
            src.close()
        check_copy(partial)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        private_file(partial)
        partial.replace(target)
        _fsync_folder(target.parent)
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise faults.classify(error, str(source)) or StorageFault(faults.BACKUP_FAILED, str(error)) from error
    except OSError as error:
        partial.unlink(missing_ok=True)
        code = faults.DISK_FULL if error.errno in (errno.ENOSPC, errno.EDQUOT) else faults.BACKUP_FAILED
        raise StorageFault(code, f"{target.parent}: {error.strerror or error}") from error
    except StorageFault as fault:
        partial.unlink(missing_ok=True)
        if fault.code == faults.NOT_A_BACKUP:  # the copy is bad: the database itself may be
            raise StorageFault(faults.BACKUP_FAILED, f"{source}: integrity_check") from fault
        raise
    return target


def _pg_dump(url: str, target: Path) -> Path:
    tool = shutil.which("pg_dump")
    if tool is None:
        raise StorageFault(faults.NO_PG_DUMP)
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    libpq = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
    partial = target.with_name(target.name + ".part")
    create_private(partial)
    result = subprocess.run([tool, "--format=custom", f"--file={partial}", libpq], capture_output=True, text=True)
    if result.returncode != 0:
        partial.unlink(missing_ok=True)
        words = (result.stderr.strip().splitlines() or ["pg_dump"])[-1]
        raise StorageFault(faults.BACKUP_FAILED, words.replace(parsed.password or "\x00", "***")[:200])
    private_file(partial)
    partial.replace(target)
    return target


def list_backups(folder: Path | None = None) -> list[BackupFile]:
    """The backups in `folder`, newest first."""
    folder = folder or default_folder()
    found = []
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    for entry in entries:
        match = NAME.match(entry.name)
        if match and entry.is_file():
            taken = datetime.strptime(match.group(1), STAMP).replace(tzinfo=UTC)
            found.append(BackupFile(entry, taken, entry.stat().st_size))
    return sorted(found, key=lambda item: (item.taken_at, item.path.name), reverse=True)


def rotate(folder: Path, keep: int) -> list[Path]:
    """Delete all but the `keep` newest backups (at least one is always kept)."""
    removed = []
    for old in list_backups(folder)[max(1, keep) :]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


# -- who uses the database ------------------------------------------------------------------
def stations_lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".stations")


def hold_station_lock(url: str) -> IO[Any] | None:
    """A running station's shared lock on its SQLite database (None for another
    database); keep the returned file open for as long as the station runs."""
    path = sqlite_path(parse_url(url))
    if path is None:
        return None
    try:
        handle = open_private(stations_lock_path(path), "ab")
        fcntl.flock(handle.fileno(), fcntl.LOCK_SH)
    except OSError as error:
        log.warning("no station lock on %s: %s", path.name, error.strerror or error)
        return None
    return handle


def users(db_path: Path) -> str | None:
    """Why the database counts as in use (a station's lock, another connection), or None."""
    lock = stations_lock_path(db_path)
    if lock.exists():
        with open(lock, "rb") as handle:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return f"{lock.name}"
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    if db_path.exists():
        con = sqlite3.connect(db_path, timeout=0)
        try:
            con.execute("PRAGMA locking_mode=EXCLUSIVE")
            con.execute("BEGIN EXCLUSIVE")  # only possible when no other connection has the file open
            con.execute("ROLLBACK")
        except sqlite3.DatabaseError as error:
            if "locked" in str(error):
                return f"{db_path.name}: SQLite lock"
        finally:
            con.close()
    return None


def restore(url: str, backup_file: Path, *, now: datetime | None = None) -> Path | None:
    """Put `backup_file` in place of the database at `url`; returns where the
    replaced file was kept (None when there was none)."""
    parsed = parse_url(url)
    if parsed.get_backend_name() == "postgresql":
        return _pg_restore(url, backup_file, now or datetime.now(UTC))
    path = sqlite_path(parsed)
    if path is None:
        raise StorageFault(faults.BAD_URL, parsed.render_as_string(hide_password=True))
    check_copy(backup_file)
    busy = users(path)
    if busy is not None:
        raise StorageFault(faults.IN_USE, busy)
    now = now or datetime.now(UTC)
    if not path.parent.exists():
        private_dir(path.parent)
    partial = path.with_name(f".{path.name}.restore")
    try:
        with open(backup_file, "rb") as source, open_private(partial, "wb") as out:
            shutil.copyfileobj(source, out)
            out.flush()
            os.fsync(out.fileno())
        check_copy(partial)
        aside = None
        if path.exists():
            aside = path.with_name(f"{path.name}.replaced-{_stamp(now)}")
            for suffix in ("", *COMPANIONS):
                companion = path.with_name(path.name + suffix)
                if companion.exists():
                    companion.replace(aside.with_name(aside.name + suffix))
        partial.replace(path)
        _fsync_folder(path.parent)
    except OSError as error:
        partial.unlink(missing_ok=True)
        code = faults.DISK_FULL if error.errno in (errno.ENOSPC, errno.EDQUOT) else faults.READ_ONLY
        raise StorageFault(code, f"{path.parent}: {error.strerror or error}") from error
    log.info("restored %s from %s", path.name, backup_file.name)
    return aside


PG_ARCHIVE = b"PGDMP"  # the first bytes of a pg_dump archive in its custom format


def _pg_restore(url: str, backup_file: Path, now: datetime) -> Path:
    """Restore a dump written by `kiosk backup` (pg_dump, custom format) with
    pg_restore, in one transaction, once no other session uses the database;
    the database as it was is first dumped aside next to the backup (returned)."""
    tool = shutil.which("pg_restore")
    if tool is None:
        raise StorageFault(faults.NO_PG_RESTORE)
    try:
        with open(backup_file, "rb") as handle:
            head = handle.read(len(PG_ARCHIVE))
    except OSError as error:
        raise StorageFault(faults.NOT_A_BACKUP, f"{backup_file}: {error.strerror or error}") from None
    if head != PG_ARCHIVE:
        raise StorageFault(faults.NOT_A_BACKUP, str(backup_file))
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from kiosk.storage.db import Database

    db = Database(url)
    try:
        with db.engine.connect() as conn:
            others = conn.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            ).scalar_one()
    except Exception as error:  # noqa: BLE001 - an unreachable server or a bad URL, named by classify
        raise faults.classify(error) or StorageFault(faults.UNREACHABLE, type(error).__name__) from error
    finally:
        db.dispose()
    if others:
        raise StorageFault(faults.IN_USE, f"{others} PostgreSQL session(s)")
    aside = _pg_dump(url, backup_file.with_name(f"replaced-{_stamp(now)}.dump"))
    parsed = make_url(url)
    libpq = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
    result = subprocess.run(
        [tool, "--clean", "--if-exists", "--no-owner", "--single-transaction", f"--dbname={libpq}", str(backup_file)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        words = (result.stderr.strip().splitlines() or ["pg_restore"])[-1]
        raise StorageFault(faults.RESTORE_FAILED, words.replace(parsed.password or "\x00", "***")[:200])
    log.info("restored the PostgreSQL database from %s", backup_file.name)
    return aside

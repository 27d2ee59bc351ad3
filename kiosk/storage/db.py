"""The engine, its pragmas, and sessions opened per user action.

SQLite (the embedded default) gets, on every connection: WAL so the display
board reads while a kiosk writes, `synchronous=FULL` so a ticket whose commit
returned survives a power cut, foreign keys, and a busy timeout. Write
transactions start with `BEGIN IMMEDIATE`: they take the write lock first
instead of failing half-way when two stations write at once.

The file and its `-wal`/`-shm` companions are private (0600). `open_database`
refuses what is not a Qatra database (an empty or foreign file is never
initialised over) and what `PRAGMA quick_check` finds damaged; a `Database`
marked damaged refuses every write. Driver errors leave `read()`/`write()` as
`StorageFault`s (kiosk.storage.faults) when they are a known fault.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from kiosk.private_files import create_private, private_dir, private_file
from kiosk.storage import faults
from kiosk.storage.faults import StorageFault

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
SQLITE_HEADER = b"SQLite format 3\x00"
QATRA_TABLE = "alembic_version"  # with `campaign`: the tables every Qatra database has
COMPANIONS = ("-wal", "-shm", "-journal")


def parse_url(url: str) -> URL:
    """The URL parsed, or `storage.bad_url` (with the password masked)."""
    try:
        if "\x00" in url:
            raise ValueError("a NUL character")
        parsed = make_url(url)
        parsed.get_dialect()
    except (ArgumentError, NoSuchModuleError, ValueError) as error:
        shown = url
        try:
            shown = make_url(url).render_as_string(hide_password=True)
        except (ArgumentError, ValueError):
            shown = url.split("@")[-1] if "@" in url else url
        raise StorageFault(faults.BAD_URL, shown[:200]) from error
    except ImportError as error:  # a dialect whose driver is not installed
        raise StorageFault(faults.BAD_URL, f"{make_url(url).drivername}: {error}") from error
    return parsed


def sqlite_path(url: str | URL) -> Path | None:
    """The database file of a SQLite URL (None for memory or another database)."""
    parsed = make_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if not database or database == ":memory:" or parsed.query.get("mode") == "memory":
        return None
    if database.startswith("file:"):
        database = database[5:].split("?", 1)[0]
    return Path(database)


def make_engine(url: str, **kwargs: Any) -> Engine:
    parsed = parse_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True, **kwargs)
    path = sqlite_path(parsed)
    read_only = parsed.query.get("mode") == "ro"
    if path is not None and not read_only:
        if not path.parent.exists():
            private_dir(path.parent)
        try:
            create_private(path)  # so that SQLite gives its -wal and -shm the same 0600
        except OSError as error:
            _raise_fault(error, path)
    engine = create_engine(parsed, **kwargs)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself, below
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()
        if path is not None and not read_only:
            for suffix in ("", *COMPANIONS):  # a file made before files were private
                try:
                    private_file(path.with_name(path.name + suffix))
                except OSError as error:  # not ours, or read-only: say so, the data stays readable
                    log.warning("cannot make %s private: %s", path.name + suffix, error.strerror or error)

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _raise_fault(error: Exception, path: Path) -> NoReturn:
    """Raise the StorageFault `error` means for the database file `path`, else `error` itself."""
    fault = faults.classify(error, str(path), os_errors=True)
    if fault is None:
        raise error
    raise fault from error


class Database:
    """Sessions for one database: `read()` for looking, `write()` for changing.

    Each is a transaction opened for one user action and closed with it
    (commit on success, rollback on any error): nothing half-written.
    """

    def __init__(self, url: str, **engine_kwargs: Any):
        self.url = url
        self.engine = make_engine(url, **engine_kwargs)
        writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(writer, expire_on_commit=False)
        self.damage: StorageFault | None = None  # set once damage is found: no more writes
        self._checked = threading.Event()  # cleared while a start-up check runs in the background
        self._checked.set()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.engine.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._faults(), self._read.begin() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction; never on a damaged database, never before its start-up check ended."""
        self._checked.wait()
        if self.damage is not None:
            raise self.damage
        with self._faults(), self._write.begin() as session:
            yield session

    @contextmanager
    def _faults(self) -> Iterator[None]:
        """Driver errors that are known faults leave as a StorageFault; damage is remembered."""
        try:
            yield
        except SQLAlchemyError as error:
            fault = faults.classify(error, str(self.path or ""))
            if fault is None:
                raise
            if fault.code == faults.DAMAGED:
                self.damage = fault
            raise fault from error

    def check(self) -> None:
        """`PRAGMA quick_check` (SQLite): damage marks this database and raises `storage.damaged`."""
        if not self.is_sqlite:
            return
        try:
            with self.engine.connect() as conn:
                rows = [row[0] for row in conn.exec_driver_sql("PRAGMA quick_check(5)")]
        except SQLAlchemyError as error:
            fault = faults.classify(error, str(self.path or ""))
            if fault is None:
                raise
            if fault.code in (faults.DAMAGED, faults.FOREIGN_FILE):
                fault = StorageFault(faults.DAMAGED, fault.detail)
                self.damage = fault
            raise fault from error
        if rows != ["ok"]:
            log.error("quick_check on %s: %s", self.path, "; ".join(map(str, rows)))
            self.damage = StorageFault(faults.DAMAGED, str(self.path or ""))
            raise self.damage

    def check_in_background(self) -> None:
        """`check()` in a worker thread: the station paints meanwhile, and `write()` waits
        for the result (the check of a large database takes seconds: bench_safety)."""
        self._checked.clear()

        def work() -> None:
            try:
                self.check()
            except StorageFault:
                pass  # kept in self.damage when it is damage; other faults show at the next use
            except Exception:
                log.exception("start-up check failed")
            finally:
                self._checked.set()

        threading.Thread(target=work, name="quick-check", daemon=True).start()

    def wait_checked(self, timeout: float | None = None) -> StorageFault | None:
        """The damage the start-up check found (None: none, or not finished within `timeout`)."""
        self._checked.wait(timeout)
        return self.damage

    def dispose(self) -> None:
        self.engine.dispose()


def inspect_file(path: Path) -> None:
    """Refuse a file at the database's path that is not a SQLite database with
    Qatra's tables (`storage.foreign_file`); an empty file is refused too, never
    initialised: it is what a failed copy or a wrong path leaves."""
    import sqlite3

    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise faults.classify(error, str(path), os_errors=True) or StorageFault(faults.READ_ONLY, str(path)) from error
    if header != SQLITE_HEADER:
        raise StorageFault(faults.FOREIGN_FILE, str(path))
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            names = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError as error:
        fault = faults.classify(error, str(path))
        if fault is not None and fault.code in (faults.LOCKED, faults.READ_ONLY):
            raise fault from error
        raise StorageFault(faults.DAMAGED, str(path)) from error
    if not {QATRA_TABLE, "campaign"} <= names:
        raise StorageFault(faults.FOREIGN_FILE, str(path))


def create_new(path: Path) -> None:
    """A new database at `path`, built whole under another name and linked into
    place: a crash or a second station starting at the same moment never leaves an
    empty or half-made file at `path`."""
    from kiosk.storage import migrate

    if not path.parent.exists():
        private_dir(path.parent)
    temporary = path.with_name(f".{path.name}.new-{os.getpid()}")
    for suffix in ("", *COMPANIONS):
        temporary.with_name(temporary.name + suffix).unlink(missing_ok=True)
    db = Database(f"sqlite:///{temporary}")
    try:
        migrate.upgrade(db.engine)
    finally:
        db.dispose()
    try:
        os.link(temporary, path)
    except FileExistsError:
        log.info("another station created %s first", path)
    except OSError:  # a filesystem without hard links (a USB stick): rename, unless it appeared
        if not path.exists():
            os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    private_file(path)


def open_database(url: str, *, check: bool = True, background: bool = False, **engine_kwargs: Any) -> Database:
    """The database at `url`, created when its file does not exist yet, refused
    when the file is not Qatra's, checked for damage (`check`; `background`: in a
    worker thread, writes waiting for it)."""
    parsed = parse_url(url)
    path = sqlite_path(parsed)
    if path is not None:
        if not path.exists() and parsed.query.get("mode") != "ro":
            try:
                create_new(path)
            except (SQLAlchemyError, OSError) as error:
                _raise_fault(error, path)
        inspect_file(path)
    db = Database(url, **engine_kwargs)
    if check and background:
        db.check_in_background()
    elif check:
        try:
            db.check()
        except BaseException:
            db.dispose()
            raise
    return db

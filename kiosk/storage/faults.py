"""What can go wrong with the database, as stable codes; their one-line
messages (what happened, what to do) are in the error registry (kiosk.errors,
resources/messages/errors.toml) with every other code's.

Storage raises `StorageFault(code, detail)`; the command line prints its
message in the operator's language and exits 1; the stations' banners show the
same message in the station's language (kiosk.ui.storage_watch). `classify` turns the driver's exceptions
(SQLite, psycopg, SQLAlchemy, the operating system) into a fault.
"""

from __future__ import annotations

import errno
import sqlite3

LOCKED = "storage.locked"
DISK_FULL = "storage.disk_full"
READ_ONLY = "storage.read_only"
UNREACHABLE = "storage.unreachable"
BAD_URL = "storage.bad_url"
DAMAGED = "storage.damaged"
FOREIGN_FILE = "storage.foreign_file"
IN_USE = "storage.in_use"
NO_PG_DUMP = "storage.no_pg_dump"
BACKUP_FAILED = "storage.backup_failed"
NOT_A_BACKUP = "storage.not_a_backup"
NO_PG_RESTORE = "storage.no_pg_restore"
RESTORE_FAILED = "storage.restore_failed"

# Every fault code: each has its message in the error registry (kiosk.errors).
CODES = (
    LOCKED,
    DISK_FULL,
    READ_ONLY,
    UNREACHABLE,
    BAD_URL,
    DAMAGED,
    FOREIGN_FILE,
    IN_USE,
    NO_PG_DUMP,
    BACKUP_FAILED,
    NOT_A_BACKUP,
    NO_PG_RESTORE,
    RESTORE_FAILED,
)


class StorageFault(Exception):
    """The database cannot be used as asked; `code` says why, `detail` names the file,
    the URL or the driver's words (never a donor's data)."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail

    def message(self, lang: str) -> str:
        """What happened and what to do, in `lang`, one line (the error registry's words)."""
        from kiosk.errors import Audience, format_message

        return format_message(self.code, lang, Audience.STAFF, {"detail": self.detail}, isolate=False)


# Driver messages (SQLite's are fixed English texts) -> fault codes, first match wins.
_SQLITE_WORDS = (
    ("database is locked", LOCKED),
    ("database table is locked", LOCKED),
    ("database or disk is full", DISK_FULL),
    ("disk i/o error", DAMAGED),
    ("readonly database", READ_ONLY),
    ("read-only", READ_ONLY),
    ("unable to open database file", READ_ONLY),
    ("database disk image is malformed", DAMAGED),
    ("file is not a database", FOREIGN_FILE),
    ("file is encrypted or is not a database", FOREIGN_FILE),
)
_NETWORK_WORDS = (
    "connection refused",
    "could not connect",
    "could not translate host name",
    "name or service not known",
    "timeout expired",
    "connection timed out",
    "server closed the connection",
    "no route to host",
    "network is unreachable",
    "connection failed",
)
_OS_ERRORS = {
    errno.ENOSPC: DISK_FULL,
    errno.EDQUOT: DISK_FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
}


def classify(error: BaseException, where: str = "", *, os_errors: bool = False) -> StorageFault | None:
    """The fault an exception from the database stack means, or None when it is
    not a storage fault (a programming error is left to surface as one).
    `os_errors`: the caller was touching the database's own files, so a full
    disk or a refused permission is the database's fault too."""
    if isinstance(error, StorageFault):
        return error
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = getattr(current, "orig", None) or current.__cause__
    for item in chain:
        if os_errors and isinstance(item, OSError) and item.errno in _OS_ERRORS:
            return StorageFault(_OS_ERRORS[item.errno], item.filename and str(item.filename) or where)
        kind = type(item).__name__
        module = type(item).__module__
        text = str(item).strip().splitlines()[0].lower() if str(item).strip() else ""
        if isinstance(item, sqlite3.Error) or module.startswith(("sqlalchemy", "psycopg")):
            for words, code in _SQLITE_WORDS:
                if words in text:
                    return StorageFault(code, where)
            if (module.startswith("psycopg") and kind == "OperationalError") or any(
                words in text for words in _NETWORK_WORDS
            ):
                return StorageFault(UNREACHABLE, _short(str(chain[-1])))  # the driver's own words
            if kind in ("ArgumentError", "NoSuchModuleError"):
                return StorageFault(BAD_URL, _short(str(item)))
    return None


def _short(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line[:160]

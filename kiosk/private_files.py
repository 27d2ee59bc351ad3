"""Folders 0700 and files 0600, whatever the umask: donors' answers are health data
(law 09-08) and the laptop may have other accounts.

Modes are set explicitly (`chmod` after creating) rather than trusted to the
umask, which the person who starts the kiosk chooses. Plain Python.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, Any

DIR_MODE = 0o700
FILE_MODE = 0o600


def private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) and make it 0700.

    Only the folders this call creates, and `path` itself, are restricted:
    an existing parent (a home, /tmp, a USB stick's root) is left as it is.
    """
    missing = []
    folder = path
    while not folder.exists():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for created in reversed(missing):
        try:
            created.mkdir(mode=DIR_MODE)
        except FileExistsError:  # another process made it at the same moment
            pass
        os.chmod(created, DIR_MODE)
    if path.stat().st_mode & 0o777 != DIR_MODE:
        os.chmod(path, DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Make an existing file 0600 (a file written before this rule, or by a library);
    a file that does not exist is left alone."""
    try:
        if path.stat().st_mode & 0o777 != FILE_MODE:
            os.chmod(path, FILE_MODE)
    except FileNotFoundError:
        pass
    return path


def create_private(path: Path) -> bool:
    """Create `path` empty with mode 0600 unless it exists; True when this call created it."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return False
    try:
        os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)
    return True


def open_private(path: Path, mode: str = "wb") -> IO[Any]:
    """`open(path, mode)` for writing, the file created or truncated with mode 0600."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in mode else os.O_TRUNC)
    fd = os.open(path, flags, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)
    except OSError:
        os.close(fd)
        raise
    return os.fdopen(fd, mode)


def write_private(path: Path, data: bytes) -> Path:
    """Write `data` to `path` (0600), not atomically: see `kiosk.paths.write_whole` for that."""
    with open_private(path, "wb") as out:
        out.write(data)
    return path

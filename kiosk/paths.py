"""Where the kiosk finds its bundled resources and keeps its data.

Plain Python (no Qt) so that the command line, storage and printing agree on the
same places without starting a GUI.
"""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.private_files import open_private, private_dir


def bundled(name: str) -> Path:
    """The folder `resources` or `translations`: inside the package in an installed
    wheel (kiosk/resources, kiosk/translations), at the top of a checkout otherwise.
    The package is always a folder on disk (a wheel or a checkout), so its own path
    says where: importlib.resources would cost every start a few milliseconds more."""
    package = Path(__file__).resolve().parent
    installed = package / name
    return installed if installed.is_dir() else package.parent / name


RESOURCES = bundled("resources")
TRANSLATIONS = bundled("translations")
FONTS = RESOURCES / "fonts"
CAMPAIGNS = RESOURCES / "campaigns"
RULES = RESOURCES / "rules"
PICTOGRAMS = RESOURCES / "pictograms"


def data_dir() -> Path:
    """The station's data directory (database, kept PDFs, settings).

    `KIOSK_DATA_DIR` wins (tests, a venue that keeps data on another disk);
    otherwise the XDG user data directory.
    Made private (0700, `kiosk.private_files`): it holds donors' health answers.
    """
    explicit = os.environ.get("KIOSK_DATA_DIR")
    if explicit:
        base = Path(explicit)
    else:
        xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        base = Path(xdg) / "qatra"
    return private_dir(base)


def write_whole(path: Path, data: bytes) -> Path:
    """Write a file so that a power cut leaves the old one or the new one, never half:
    `.part`, fsync, rename, fsync of the folder (the rename itself survives).
    The file is private (0600) from its first byte; a missing folder is made private too."""
    if not path.parent.is_dir():
        private_dir(path.parent)
    partial = path.with_name(path.name + ".part")
    with open_private(partial, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    partial.replace(path)
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)
    return path


def default_db_url() -> str:
    """`KIOSK_DB` if set, else the embedded SQLite file in the data directory."""
    return os.environ.get("KIOSK_DB") or f"sqlite:///{data_dir() / 'kiosk.db'}"

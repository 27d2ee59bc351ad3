"""This machine's own settings: which printer takes which document, its booth and
its station name. Plain Python, read by the stations and `kiosk printers`.

They live in `station.toml` in the data directory (kiosk.paths.data_dir()), not
in the database: two machines sharing one database have different printers.
The file is small and meant to be read and edited by hand:

    # Qatra station settings for this machine.
    station = "kiosk-hall-a"   # unique among the machines of one database
    booth = 2                  # nurse station: its booth number

    [printers]                 # CUPS queue names, see `kiosk printers list`
    ticket = "TM-T20II"
    card = "Evolis_Primacy"
    certificate = "HP_LaserJet_M110"

    [backup]                   # automatic copies of the database while a station runs
    every_minutes = 10         # 0: none
    folder = "/media/usb/qatra-backups"   # default: backups/ in the data directory
    keep = 48                  # the newest copies kept there

A missing file means no printer yet (jobs are kept and wait for one); a file
that cannot be read is an error that names the file, never silently ignored.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from kiosk import paths
from kiosk.coded_error import CodedError
from kiosk.domain.documents import DOCUMENT_KINDS as KINDS  # each may go to its own printer

FILE_NAME = "station.toml"
STATION_MAX = 40  # what the database keeps of a station's name (print jobs, audit events)
BACKUP_EVERY_MINUTES = 10
BACKUP_KEEP = 48


class SettingsError(CodedError, ValueError):
    """The settings file exists but cannot be used: a code of kiosk.errors whose
    message names it and says why; `str()` is that message in English (the logs)."""

    def __str__(self) -> str:
        from kiosk.errors import error_message

        return error_message(self, "en", isolate=False)


@dataclass(frozen=True)
class StationSettings:
    station: str = ""
    booth: int | None = None
    printers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    backup_every_minutes: int = BACKUP_EVERY_MINUTES
    backup_folder: str = ""
    backup_keep: int = BACKUP_KEEP

    def __post_init__(self) -> None:
        unknown = set(self.printers) - set(KINDS)
        if unknown:
            raise SettingsError("settings.kind", kind=sorted(unknown)[0], kinds=", ".join(KINDS))
        if not isinstance(self.printers, MappingProxyType):
            object.__setattr__(self, "printers", MappingProxyType(dict(self.printers)))

    def printer_for(self, kind: str) -> str | None:
        """The printer (CUPS queue) for a document kind, or None when none is set."""
        if kind not in KINDS:
            raise ValueError(f"unknown document kind {kind!r}")
        return self.printers.get(kind) or None

    def with_printer(self, kind: str, name: str | None) -> StationSettings:
        """A copy with `kind` sent to `name` (None or "" forgets the printer)."""
        if kind not in KINDS:
            raise ValueError(f"unknown document kind {kind!r}; expected one of {', '.join(KINDS)}")
        printers = {k: v for k, v in self.printers.items() if k != kind}
        if name:
            printers[kind] = name
        return replace(self, printers=MappingProxyType(printers))

    def backup_folder_path(self) -> Path | None:
        """Where automatic backups go when set (a USB stick), else None (the data directory)."""
        return Path(self.backup_folder).expanduser() if self.backup_folder else None

    def station_name(self, role: str) -> str:
        """The name this machine's jobs and audit entries carry: the one set in the
        file, else the role (`kiosk`, `nurse-2`…) as the station was started."""
        return self.station or role


def settings_path() -> Path:
    return paths.data_dir() / FILE_NAME


def _from_table(table: dict[str, Any], where: Path) -> StationSettings:
    station = table.get("station", "")
    booth = table.get("booth")
    printers = table.get("printers", {})
    if not isinstance(station, str):
        raise SettingsError("settings.station_text", file=where)
    if len(station) > STATION_MAX:
        raise SettingsError("settings.station_long", file=where, most=STATION_MAX)
    if booth is not None and (not isinstance(booth, int) or isinstance(booth, bool) or booth < 1):
        raise SettingsError("settings.booth", file=where)
    if not isinstance(printers, dict) or not all(isinstance(v, str) for v in printers.values()):
        raise SettingsError("settings.printers", file=where)
    unknown = sorted(set(printers) - set(KINDS))
    if unknown:
        raise SettingsError("settings.kind_in_file", file=where, kind=unknown[0], kinds=", ".join(KINDS))
    backup = table.get("backup", {})
    if not isinstance(backup, dict):
        raise SettingsError("settings.backup_table", file=where)
    every = backup.get("every_minutes", BACKUP_EVERY_MINUTES)
    folder = backup.get("folder", "")
    keep = backup.get("keep", BACKUP_KEEP)
    if not isinstance(every, int) or isinstance(every, bool) or not 0 <= every <= 24 * 60:
        raise SettingsError("settings.backup_every", file=where)
    if not isinstance(folder, str):
        raise SettingsError("settings.backup_folder", file=where)
    if not isinstance(keep, int) or isinstance(keep, bool) or not 1 <= keep <= 10_000:
        raise SettingsError("settings.backup_keep", file=where)
    return StationSettings(
        station=station,
        booth=booth,
        printers=MappingProxyType(dict(printers)),
        backup_every_minutes=every,
        backup_folder=folder,
        backup_keep=keep,
    )


def load(path: Path | None = None) -> StationSettings:
    """The settings in `path` (default: the data directory's station.toml); defaults when absent."""
    path = path or settings_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return StationSettings()
    except OSError as error:
        raise SettingsError("settings.unreadable", file=path, reason=error) from None
    try:
        table = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise SettingsError("settings.not_toml", file=path, error=error) from None
    return _from_table(table, path)


def _toml_string(value: str) -> str:
    # A JSON string is a valid TOML basic string (same escapes); keep non-ASCII readable.
    return json.dumps(value, ensure_ascii=False)


def to_toml(settings: StationSettings) -> str:
    lines = [
        "# Qatra station settings for this machine (see kiosk/station_settings.py).",
        "# station: unique among the machines sharing one database; booth: the nurse station's booth.",
        f"station = {_toml_string(settings.station)}",
    ]
    if settings.booth is not None:
        lines.append(f"booth = {settings.booth}")
    lines += ["", "# The CUPS queue that prints each document; `kiosk printers list` shows them.", "[printers]"]
    lines += [f"{kind} = {_toml_string(settings.printers[kind])}" for kind in KINDS if kind in settings.printers]
    lines += [
        "",
        "# Automatic copies of the database (0 minutes: none); folder: a USB stick, default data/backups.",
        "[backup]",
        f"every_minutes = {settings.backup_every_minutes}",
        f"folder = {_toml_string(settings.backup_folder)}",
        f"keep = {settings.backup_keep}",
    ]
    return "\n".join(lines) + "\n"


def save(settings: StationSettings, path: Path | None = None) -> Path:
    """Write the file whole (`kiosk.paths.write_whole`): a crash keeps the old or the new one."""
    return paths.write_whole(path or settings_path(), to_toml(settings).encode("utf-8"))

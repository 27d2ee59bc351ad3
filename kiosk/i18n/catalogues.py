"""The compiled catalogues (.qm) a station needs before it shows a word.

An installed wheel carries them built (setup.py). A checkout has only the
sources (.ts) in git: a .qm that is missing, or older than its .ts, is built
here with the environment's pyside6-lrelease when a station starts. A station
that cannot get its catalogues does not start: without them it would show and
print English to donors, with only a log line to say why.
"""

from __future__ import annotations

import logging
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from kiosk.i18n import LANGUAGES
from kiosk.i18n.catalog import qm_path

log = logging.getLogger(__name__)

MISSING = "catalogues.missing"  # its message is in the registry (kiosk.errors)


class CataloguesMissing(Exception):
    """A catalogue that is not there and cannot be built; `file` names it."""

    code = MISSING

    def __init__(self, file: Path) -> None:
        super().__init__(MISSING)
        self.file = file


@dataclass(frozen=True)
class Catalogue:
    lang: str
    qm: Path

    @property
    def source(self) -> Path:
        return self.qm.with_suffix(".ts")

    @property
    def stale(self) -> bool:
        """Missing or older than its source (when the source is here: a checkout)."""
        if not self.qm.is_file():
            return True
        return self.source.is_file() and self.source.stat().st_mtime > self.qm.stat().st_mtime


def catalogues(languages: tuple[str, ...] = LANGUAGES, directory: Path | None = None) -> list[Catalogue]:
    """The catalogue of each language, where the stations look for it (or in `directory`)."""
    return [Catalogue(lang, qm_path(lang, directory)) for lang in languages]


def lrelease() -> Path | None:
    """pyside6-lrelease of this Python's environment (the venv), else on the PATH."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    if beside.is_file():
        return beside
    found = shutil.which("pyside6-lrelease")
    return Path(found) if found else None


def ensure(
    languages: tuple[str, ...] = LANGUAGES, directory: Path | None = None, tool: Path | None | bool = True
) -> list[Path]:
    """Build every missing or stale catalogue; returns those built. Raises
    CataloguesMissing for one that is still missing afterwards: no source, no
    lrelease (`tool` None), or lrelease failed. `tool` True: find it."""
    built: list[Path] = []
    for catalogue in catalogues(languages, directory):
        if not catalogue.stale:
            continue
        program = lrelease() if tool is True else tool
        if catalogue.source.is_file() and isinstance(program, Path):
            import subprocess  # only a checkout with a stale catalogue runs it, never an everyday start

            result = subprocess.run(
                [str(program), "-silent", str(catalogue.source), "-qm", str(catalogue.qm)],
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode == 0 and catalogue.qm.is_file():
                log.info("built %s", catalogue.qm.name)
                built.append(catalogue.qm)
                continue
            log.error("pyside6-lrelease failed on %s: %s", catalogue.source, result.stderr.strip())
        if not catalogue.qm.is_file():
            raise CataloguesMissing(catalogue.qm)
        log.warning("%s is older than %s and could not be rebuilt", catalogue.qm, catalogue.source)
    return built

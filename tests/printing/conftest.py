"""Fixtures for the printed documents: the real translation catalogue, rendered PDFs and poppler."""

from __future__ import annotations

import fcntl
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import paths


def _ensure_qm() -> None:
    """Build translations/*.qm from the .ts files when missing or older (as `make translations` does)."""
    for lang in ("ar", "fr"):
        ts = paths.TRANSLATIONS / f"kiosk_{lang}.ts"
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or "pyside6-lrelease"
        with open(paths.TRANSLATIONS / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # the same lock scripts/i18n.py takes
            subprocess.run([lrelease, "-silent", str(ts)], check=True)


@pytest.fixture(scope="session")
def catalog():
    """kiosk.i18n.catalog.labels_for over freshly built .qm files."""
    _ensure_qm()
    from kiosk.i18n.catalog import labels_for

    return labels_for

"""Packaging beyond pyproject.toml: the top-level resources/ and translations/ folders
go into the wheel as kiosk/resources and kiosk/translations (kiosk.paths finds them
in either place), and the catalogues (.qm) are compiled from their sources (.ts)
when the wheel is built, so an installed kiosk speaks Arabic and French."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def lrelease() -> str:
    """PySide6's lrelease (a build requirement, so it is in the build environment)."""
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    if not Path(found).exists():
        raise SystemExit("pyside6-lrelease not found: install pyside6-essentials in the build environment")
    return found


class BuildWithCatalogues(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "kiosk" / "translations"
        target.mkdir(parents=True, exist_ok=True)
        for source in sorted((ROOT / "translations").glob("kiosk_*.ts")):
            subprocess.run([lrelease(), "-silent", str(source), "-qm", str(target / f"{source.stem}.qm")], check=True)


setup(
    packages=[*find_packages(include=["kiosk", "kiosk.*"]), "kiosk.resources"],
    package_dir={"kiosk.resources": "resources"},
    package_data={
        "kiosk.storage": ["migrations/*.py", "migrations/versions/*.py", "migrations/*.mako"],
        "kiosk.resources": ["**/*"],
    },
    cmdclass={"build_py": BuildWithCatalogues},
)

"""`make dist` makes a folder that installs Qatra on a laptop with no network: its
install script fills a fresh virtual environment from the folder's wheels alone
(`--no-index`), and the installed program prints an Arabic ticket with the
catalogues, fonts and resources its own wheel carries."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed"),
    pytest.mark.skipif(not (ROOT / "Makefile").exists(), reason="needs the source checkout"),
]


def run(args: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, capture_output=True, text=True, timeout=600, **kwargs)
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The venv `install.sh` made from a fresh `make dist` folder."""
    base = tmp_path_factory.mktemp("offline")
    folder = base / "qatra"
    run(["make", "--no-print-directory", "dist", f"DIST={folder}", f"PYTHON={sys.executable}"], cwd=ROOT)
    # What a venue laptop gets: the folder alone, away from the checkout, no pip settings.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    run(["sh", str(folder / "install.sh"), str(base / "venv")], cwd=base, env=env)
    return base / "venv"


def test_the_folder_holds_every_wheel_the_lock_names(installed):
    folder = installed.parent / "qatra"
    wheels = {p.name.split("-")[0].lower().replace("_", "-") for p in (folder / "wheels").glob("*.whl")}
    locked = {
        line.split("==")[0].lower()
        for line in (ROOT / "requirements.lock").read_text().splitlines()
        if "==" in line and not line.startswith((" ", "#"))
    }
    assert locked <= wheels and "qatra-kiosk" in wheels
    assert (folder / "README.md").exists() and (folder / "SHA256SUMS").exists()


def test_the_installed_kiosk_answers_help(installed, tmp_path):
    result = run([str(installed / "bin" / "kiosk"), "--help"], cwd=tmp_path)
    assert "usage: kiosk" in result.stdout


def test_the_installed_kiosk_prints_an_arabic_ticket_from_its_own_files(installed, tmp_path):
    env = {**os.environ, "KIOSK_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    out = tmp_path / "ticket-ar.pdf"
    run(
        [str(installed / "bin" / "kiosk"), "print", "ticket", "--sample", "--lang", "ar", "--out", str(out)],
        cwd=tmp_path,
        env=env,
    )
    assert out.read_bytes().startswith(b"%PDF")
    # The program, its catalogues and its fonts come from the venv, not from this checkout.
    code = (
        "import kiosk, kiosk.paths as p\n"
        "from kiosk.i18n.catalog import labels_for\n"
        "print(kiosk.__file__)\n"
        "print(p.TRANSLATIONS)\n"
        "print(sorted(f.name for f in p.FONTS.glob('*.ttf')))\n"
        "print(labels_for('ar')('Documents', 'Queue ticket'))\n"
        "print(labels_for('fr')('Documents', 'Queue ticket'))\n"
    )
    lines = run([str(installed / "bin" / "python"), "-c", code], cwd=tmp_path, env=env).stdout.splitlines()
    package, translations, fonts, arabic, french = lines
    assert Path(package).is_relative_to(installed) and Path(translations).is_relative_to(installed)
    assert "Amiri-Regular.ttf" in fonts and "NotoSansArabic-Regular.ttf" in fonts
    assert arabic != "Queue ticket" and any("\u0600" <= ch <= "\u06ff" for ch in arabic)
    assert french != "Queue ticket"

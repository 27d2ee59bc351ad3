"""`make check` fails on a type error: mypy with the project's own configuration, on a
small tree shaped like kiosk, finds what it must (and only that).

The core (domain, storage, printing, i18n) is strict: an unannotated function is an
error there. Elsewhere (ui, commands) function bodies are checked, annotations are
not required. The real tree passing is `make check` itself (run by CI).
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MYPY = Path(sys.executable).with_name("mypy")

pytestmark = pytest.mark.skipif(not MYPY.exists(), reason="mypy is not installed (test extra)")


def mypy(tmp_path: Path, files: dict[str, str]) -> subprocess.CompletedProcess[str]:
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    for name, source in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    for folder in {p.parent for p in tmp_path.rglob("*.py")}:
        while folder != tmp_path:
            (folder / "__init__.py").touch()
            folder = folder.parent
    return subprocess.run(
        [str(MYPY), "--config-file", "pyproject.toml", "kiosk"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_type_error_fails_the_check(tmp_path):
    result = mypy(tmp_path, {"kiosk/domain/tickets.py": "def label(ticket: int) -> str:\n    return ticket + 1\n"})
    assert result.returncode == 1
    assert (
        'kiosk/domain/tickets.py:2: error: Incompatible return value type (got "int", expected "str")' in result.stdout
    )


def test_the_core_must_be_annotated_the_ui_need_not(tmp_path):
    result = mypy(
        tmp_path,
        {
            "kiosk/storage/rows.py": "def count(rows):\n    return len(rows)\n",
            "kiosk/ui/panel.py": "def count(rows):\n    return len(rows)\n\n\ndef width(box: int, pad):\n    return box + pad\n",
        },
    )
    assert "kiosk/storage/rows.py:1: error: Function is missing a type annotation" in result.stdout
    assert "kiosk/ui/" not in result.stdout, result.stdout


def test_the_bodies_of_unannotated_ui_functions_are_checked(tmp_path):
    result = mypy(tmp_path, {"kiosk/ui/panel.py": 'def title(widget):\n    return "Ticket " + 42\n'})
    assert result.returncode == 1
    assert "kiosk/ui/panel.py:2: error: Unsupported operand types" in result.stdout

"""The core never depends on Qt: domain, storage and printing run without it."""

import ast
import subprocess
import sys
from pathlib import Path

import kiosk

CORE = ("domain", "storage", "printing")
PACKAGE = Path(kiosk.__file__).parent


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_sources_never_import_qt():
    offenders = [
        str(path.relative_to(PACKAGE))
        for part in CORE
        for path in (PACKAGE / part).rglob("*.py")
        if any(name.split(".")[0] == "PySide6" for name in imported_modules(path))
    ]
    assert offenders == []


def test_importing_the_core_loads_no_qt():
    modules = [
        f"kiosk.{part}.{path.stem}"
        for part in CORE
        for path in sorted((PACKAGE / part).glob("*.py"))
        if path.stem != "__init__"
    ]
    code = "import sys\n" + "".join(f"import {m}\n" for m in modules) + "print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"

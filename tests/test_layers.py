"""The layers hold: arrows point down (ui -> app -> storage/printing -> domain -> i18n),
no cycles between the modules of any package, and the core never depends on Qt.

The contracts live in pyproject.toml ([tool.importlinter]) and `make check` runs
them; these tests run them too, and show on a small tree of the same shape that
an upward import, a cycle or Qt in the core breaks them.
"""

import ast
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import kiosk

CORE = ("domain", "storage", "printing")
PACKAGE = Path(kiosk.__file__).parent
ROOT = PACKAGE.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


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
        ".".join(("kiosk", part, *path.relative_to(PACKAGE / part).with_suffix("").parts))
        for part in CORE
        for path in sorted((PACKAGE / part).rglob("*.py"))
        if path.stem != "__init__" and "migrations" not in path.parts
    ]
    assert "kiosk.domain.eligibility.engine" in modules  # sub-packages are walked too
    code = "import sys\n" + "".join(f"import {m}\n" for m in modules) + "print('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


# -- the import contracts --------------------------------------------------------------------
def lint_imports(cwd: Path, config: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(config), "--no-cache"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_code_keeps_every_import_contract():
    result = lint_imports(ROOT, ROOT / "pyproject.toml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


FIXTURE = "layered"  # a package shaped like kiosk, checked with kiosk's own contracts

# Each layer's module, with one import of the layer below it (all allowed).
LAYERS = {
    "cli.py": "from layered import commands\n",
    "commands/__init__.py": "from layered import ui, simulation\n",
    "ui/__init__.py": "import PySide6\nfrom layered import kiosk_flow, reports, crashlog\n",
    "simulation/__init__.py": "from layered import storage\n",
    "kiosk_flow.py": "from layered import app, station_settings\n",
    "reports.py": "from layered import app\n",
    "app.py": "from layered import storage, printing\n",
    "station_settings.py": "from layered import domain\n",
    "storage/__init__.py": "from layered import domain\n",
    "printing/__init__.py": "from layered.domain import eligibility\n",
    "domain/__init__.py": "from layered import errors\n",
    "errors.py": "from layered import i18n\n",
    "crashlog.py": "from layered import paths\n",
    "domain/eligibility/__init__.py": "",
    "domain/eligibility/engine.py": "from layered.domain.eligibility import pack\n",
    "domain/eligibility/pack.py": "from layered import paths\n",
    "i18n/__init__.py": "from layered import paths\n",
    "paths.py": "",
}


def _renamed(value, package: str):
    """kiosk's contracts, for `package`: `kiosk` and `kiosk.x` renamed, other names kept."""
    if isinstance(value, list):
        return [_renamed(item, package) for item in value]
    if isinstance(value, str) and (value == "kiosk" or value.startswith("kiosk.")):
        return package + value[len("kiosk") :]
    return value


def _toml(table: dict, header: str) -> str:
    # JSON strings and arrays of strings are valid TOML values.
    lines = [header] + [f"{key} = {json.dumps(value)}" for key, value in table.items() if key != "contracts"]
    return "\n".join(lines) + "\n"


def layered_tree(tmp_path: Path, changes: dict[str, str]) -> Path:
    for name, source in {**LAYERS, **changes}.items():
        path = tmp_path / FIXTURE / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    settings = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    text = _toml({k: _renamed(v, FIXTURE) for k, v in settings.items()}, "[tool.importlinter]")
    for contract in settings["contracts"]:
        text += "\n" + _toml({k: _renamed(v, FIXTURE) for k, v in contract.items()}, "[[tool.importlinter.contracts]]")
    config = tmp_path / "contracts.toml"
    config.write_text(text, encoding="utf-8")
    return config


def test_a_tree_that_follows_the_layers_keeps_the_contracts(tmp_path):
    result = lint_imports(tmp_path, layered_tree(tmp_path, {}))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "changes, broken",
    [
        pytest.param(
            {"domain/__init__.py": "from layered import i18n\nfrom layered.ui import something\n"},
            "layered.domain is not allowed to import layered.ui",
            id="domain imports the ui",
        ),
        pytest.param(
            {"storage/__init__.py": "from layered import domain, printing\n"},
            "layered.storage is not allowed to import layered.printing",
            id="storage imports printing",
        ),
        pytest.param(
            {"i18n/__init__.py": "from layered import paths\n\n\ndef later():\n    from layered.domain import x\n"},
            "layered.i18n is not allowed to import layered.domain",
            id="i18n imports the domain inside a function",
        ),
        pytest.param(
            {
                "domain/eligibility/pack.py": "from layered import paths\nfrom layered.domain.eligibility import engine\n"
            },
            "No cycles are allowed in layered.domain.eligibility",
            id="two modules import each other",
        ),
        pytest.param(
            {"printing/__init__.py": "from PySide6.QtGui import QPainter\n"},
            "layered.printing is not allowed to import PySide6",
            id="printing imports Qt",
        ),
    ],
)
def test_an_import_against_the_layers_breaks_a_contract(tmp_path, changes, broken):
    result = lint_imports(tmp_path, layered_tree(tmp_path, changes))
    assert result.returncode != 0
    assert broken in " ".join(result.stdout.split()), result.stdout

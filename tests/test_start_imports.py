"""What the donor kiosk loads before its welcome screen is painted.

An everyday start (the database already made, its campaign remembered) paints
first and opens the database right after; the database layer, printing,
exchange and their libraries wait until then, and so do the standard modules
only a rare path needs. Each costs the start milliseconds a donor waits for
(tests/bench/bench_foundation.py measures the whole start)."""

import os
import subprocess
import sys

import pytest

PROBE = (
    "import atexit, runpy, sys\n"
    "atexit.register(lambda: print(*sorted(sys.modules), sep='\\n'))\n"
    "sys.argv = ['kiosk', '--windowed', '--exit-after-first-paint']\n"
    "runpy.run_module('kiosk', run_name='__main__')\n"
)

NOT_BEFORE_FIRST_PAINT = (
    # the database: opened once the welcome screen shows (kiosk.app, KioskWindow.connect_database)
    "sqlalchemy",
    "alembic",
    "sqlite3",
    "kiosk.storage.db",
    "kiosk.storage.faults",
    # printing, exchange, keys: on the first ticket or command that needs them
    "reportlab",
    "qrcode",
    "PIL",
    "nacl",
    "cryptography",
    "kiosk.printing",
    "kiosk.ui.printers",
    "kiosk.storage.exchange",
    # the registry of messages (two hundred codes): read when there is something to say
    "kiosk.errors",
    # standard modules of rare paths: building a catalogue, a certificate's reference,
    # finding resources in a zipped package
    "subprocess",
    "uuid",
    "importlib.resources",
)


def modules_at_first_paint(env: dict[str, str]) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True, timeout=120
    )
    lines = done.stdout.splitlines()
    assert any(line.startswith("painted ") for line in lines), done.stderr
    return {line for line in lines if line and not line.startswith("painted ")}


@pytest.mark.slow  # two starts, the first one making the database
def test_an_everyday_start_paints_before_loading_the_database_and_printing(tmp_path):
    env = dict(os.environ, KIOSK_DATA_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    env.pop("KIOSK_DB", None)
    first = modules_at_first_paint(env)  # a new database: made and read before painting
    assert "sqlalchemy" in first
    loaded = modules_at_first_paint(env)
    early = sorted(
        name
        for name in loaded
        for unwanted in NOT_BEFORE_FIRST_PAINT
        if name == unwanted or name.startswith(unwanted + ".")
    )
    assert early == []

"""`kiosk printers list | set | clear | test`: which printer takes which document here.

    kiosk printers list                  # the system's printers (CUPS) and the kind each takes
    kiosk printers set ticket TM-T20II   # tickets go to the CUPS queue TM-T20II
    kiosk printers clear card            # no card printer on this machine
    kiosk printers test ticket           # print the demo ticket there now

The choice is kept in this machine's station.toml (kiosk.station_settings), so
each machine of a venue has its own printers; a running station reads it again
for every job.
"""

from __future__ import annotations

import argparse
import os
import sys

from kiosk.i18n import LANGUAGES
from kiosk.station_settings import KINDS

STATES = {"Idle": "idle", "Active": "printing", "Aborted": "aborted", "Error": "stopped"}


def add_parser(sub, parents) -> None:
    parser = sub.add_parser("printers", parents=parents, help="the printer for each document on this machine")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("list", parents=parents, help="the system's printers and which document each prints")
    chosen = actions.add_parser("set", parents=parents, help="send a kind of document to a printer")
    chosen.add_argument("kind", choices=KINDS)
    chosen.add_argument("name", help="the printer's name as `kiosk printers list` shows it (its CUPS queue)")
    clear = actions.add_parser("clear", parents=parents, help="forget the printer of a kind of document")
    clear.add_argument("kind", choices=KINDS)
    test = actions.add_parser("test", parents=parents, help="print the demo document of a kind on its printer")
    test.add_argument("kind", choices=KINDS)
    test.add_argument("--lang", choices=LANGUAGES, default="ar")


def _fail(text: str) -> int:
    print(f"kiosk printers: {text}", file=sys.stderr)
    return 1


def _printers() -> list[tuple[str, str, bool]]:
    """(name, state, is default) of every printer Qt sees (CUPS on Linux)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return [
        (info.printerName(), STATES.get(info.state().name, info.state().name.lower()), info.isDefault())
        for info in QPrinterInfo.availablePrinters()
    ]


def run(args: argparse.Namespace) -> int:
    from kiosk import station_settings

    try:
        settings = station_settings.load()
    except station_settings.SettingsError as error:
        return _fail(str(error))
    if args.action == "list":
        return _list(settings)
    if args.action == "test":
        return _test(settings, args.kind, args.lang)
    name = args.name.strip() if args.action == "set" else None
    if args.action == "set" and not name:
        return _fail("the printer name is empty (to forget a printer: kiosk printers clear KIND)")
    path = station_settings.save(settings.with_printer(args.kind, name))
    if name is None:
        print(f"{args.kind}: no printer (jobs wait until one is set); saved in {path}")
        return 0
    print(f"{args.kind} -> {name}; saved in {path}")
    if name not in {printer for printer, _, _ in _printers()}:
        print(
            f"kiosk printers: warning: no printer {name!r} on this machine now; {args.kind} jobs will wait "
            "(see kiosk printers list)",
            file=sys.stderr,
        )
    return 0


def _list(settings) -> int:
    from kiosk import station_settings

    printers = _printers()
    known = {name for name, _, _ in printers}
    if printers:
        print("Printers on this machine:")
        width = max(len(name) for name, _, _ in printers)
        for name, state, default in printers:
            used = [kind for kind in KINDS if settings.printer_for(kind) == name]
            notes = [state] + (["system default"] if default else []) + ([f"prints: {', '.join(used)}"] if used else [])
            print(f"  {name:<{width}}  {'; '.join(notes)}")
    else:
        print("No printer on this machine (is CUPS running? lpstat -r)")
    print(f"Documents ({station_settings.settings_path()}):")
    for kind in KINDS:
        name = settings.printer_for(kind)
        if name is None:
            print(f"  {kind:<12} (none: set one with kiosk printers set {kind} NAME)")
        else:
            print(f"  {kind:<12} {name}" + ("" if name in known else "  (NOT AVAILABLE)"))
    return 0


def _test(settings, kind: str, lang: str) -> int:
    """The demo document through the stations' own path (rasterised, QPrinter), now."""
    import tempfile
    from pathlib import Path

    name = settings.printer_for(kind)
    if name is None:
        return _fail(f"no printer is set for {kind}: kiosk printers set {kind} NAME")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown
    from PySide6.QtGui import QGuiApplication

    from kiosk.commands.print import sample_data
    from kiosk.i18n.catalog import labels_for
    from kiosk.printing import compose
    from kiosk.ui.printers.device import PrintFailure, QtPrinterDevice

    _app = QGuiApplication.instance() or QGuiApplication(["kiosk"])
    pdf = compose.render(kind, sample_data(kind, lang), lang, labels_for)
    with tempfile.TemporaryDirectory(prefix="qatra-test-") as folder:
        path = Path(folder) / f"{kind}-{lang}.pdf"
        path.write_bytes(pdf)
        try:
            QtPrinterDevice().print_pdf(path, name, kind, f"Qatra {kind} test")
        except PrintFailure as failure:
            return _fail(str(failure))
    print(f"demo {kind} sent to {name}")
    return 0

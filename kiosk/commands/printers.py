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
from typing import TYPE_CHECKING

from kiosk.commands.print import document_word
from kiosk.errors import command_language, error_message, say
from kiosk.i18n import LANGUAGES
from kiosk.station_settings import KINDS

if TYPE_CHECKING:
    from kiosk.ui.printers.device import PrintFailure

# Qt's printer states, as kiosk.errors codes
STATES = {
    "Idle": "printers.state_idle",
    "Active": "printers.state_printing",
    "Aborted": "printers.state_aborted",
    "Error": "printers.state_stopped",
}


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


def _state(name: str) -> str:
    code = STATES.get(name)
    return say(code) if code else name.lower()


def _printers() -> list[tuple[str, str, bool]]:
    """(name, state, is default) of every printer Qt sees (CUPS on Linux)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return [
        (info.printerName(), _state(info.state().name), info.isDefault()) for info in QPrinterInfo.availablePrinters()
    ]


def run(args: argparse.Namespace) -> int:
    from kiosk import station_settings

    try:
        settings = station_settings.load()
    except station_settings.SettingsError as error:
        return _fail(error_message(error, command_language(), isolate=False))
    if args.action == "list":
        return _list(settings)
    if args.action == "test":
        return _test(settings, args.kind, args.lang)
    name = args.name.strip() if args.action == "set" else None
    if args.action == "set" and not name:
        return _fail(say("printers.name_empty"))
    path = station_settings.save(settings.with_printer(args.kind, name))
    if name is None:
        print(say("printers.cleared", kind=document_word(args.kind), path=path))
        return 0
    print(say("printers.set", kind=document_word(args.kind), name=name, path=path))
    if name not in {printer for printer, _, _ in _printers()}:
        print(f"kiosk printers: {say('printers.absent', name=name, kind=document_word(args.kind))}", file=sys.stderr)
    return 0


def _list(settings) -> int:
    from kiosk import station_settings

    printers = _printers()
    known = {name for name, _, _ in printers}
    if printers:
        print(say("printers.heading"))
        width = max(len(name) for name, _, _ in printers)
        for name, state, default in printers:
            used = [kind for kind in KINDS if settings.printer_for(kind) == name]
            notes = [state] + ([say("printers.default")] if default else [])
            notes += [say("printers.prints", kinds=", ".join(document_word(kind) for kind in used))] if used else []
            print(f"  {name:<{width}}  {say('printers.notes_separator').join(notes)}")
    else:
        print(say("printers.none_here"))
    print(say("printers.documents", path=station_settings.settings_path()))
    for kind in KINDS:
        name = settings.printer_for(kind)
        if name is None:
            print(f"  {document_word(kind):<12} {say('printers.kind_none', kind=kind)}")
        else:
            print(
                f"  {document_word(kind):<12} {name}" + ("" if name in known else f"  {say('printers.not_available')}")
            )
    return 0


def _failure(failure: PrintFailure, printer: str) -> str:
    """Why the demo document did not print, in the operator's language; the
    system's own words only where a tool explained it (PREPARE)."""
    from kiosk.ui.printers import device

    if failure.code == device.MISSING:
        return say("printers.failed_missing", printer=failure.printer or printer)
    if failure.code == device.STOPPED:
        return say("printers.failed_stopped", printer=failure.printer or printer)
    if failure.code == device.REFUSED:
        return say("printers.failed_refused", printer=failure.printer or printer)
    return say("printers.failed_prepare", detail=failure)


def _test(settings, kind: str, lang: str) -> int:
    """The demo document through the stations' own path (rasterised, QPrinter), now."""
    import tempfile
    from pathlib import Path

    name = settings.printer_for(kind)
    if name is None:
        return _fail(say("printers.none_for", document=document_word(kind), kind=kind))
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
            return _fail(_failure(failure, name))
    print(say("printers.sent", kind=document_word(kind), name=name))
    return 0

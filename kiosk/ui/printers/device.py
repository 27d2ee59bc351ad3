"""A PDF onto a system printer through Qt: `QPrinter` + `QPainter`, so CUPS on Linux.

pyside6-essentials has no QtPdf, so each page is rasterised by poppler's
`pdftoppm` at the printer's resolution (203 dpi on a thermal ticket printer,
300 dpi otherwise) and painted edge to edge on a page of the PDF's exact size
(ticket 80 mm × its length, card 85.6 × 54 mm, certificate A5), read with
`pdfinfo`. Blocking: called on the print queue's worker thread, never on the
GUI thread (Qt allows QPainter on a QPrinter in any thread).

A printer that does not exist is refused before painting: given an unknown
name, QPrinter silently falls back to another printer.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

log = logging.getLogger(__name__)

THERMAL_DPI = 203
DEFAULT_DPI = 300
MM_PER_POINT = 25.4 / 72
TOOL_TIMEOUT = 60  # seconds; a page takes well under one

# Why a document did not reach the paper; the print queue words each for staff.
NO_PRINTER = "no_printer"  # none set for this kind on this station
MISSING = "missing"  # no such printer (queue deleted, CUPS not running)
STOPPED = "stopped"  # the queue is stopped (CUPS stops it on a device error)
REFUSED = "refused"  # the printer did not take the job
PREPARE = "prepare"  # the PDF could not be made or rasterised


class PrintFailure(Exception):
    """A document that did not reach the printer. `code` is one of the constants
    above; `str()` is the English detail kept in the job's `last_error`."""

    def __init__(self, code: str, detail: str, printer: str = ""):
        super().__init__(detail)
        self.code = code
        self.printer = printer


class PrintDevice(Protocol):
    def print_pdf(self, pdf: Path, printer: str, kind: str, title: str) -> None:
        """Return once the printer took every page; raise PrintFailure otherwise."""


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise PrintFailure(PREPARE, f"{name} not found (install the Debian package poppler-utils)")
    return path


def _run(command: list[str]) -> subprocess.CompletedProcess:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=TOOL_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise PrintFailure(PREPARE, f"{Path(command[0]).name}: {error}") from None
    if done.returncode != 0:
        raise PrintFailure(PREPARE, f"{Path(command[0]).name}: {(done.stderr or '').strip() or done.returncode}")
    return done


_PAGE = re.compile(r"^Page\s+(\d+)\s+size:\s+([\d.]+)\s+x\s+([\d.]+)\s+pts", re.MULTILINE)


def page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    """Width and height of every page in millimetres, as the PDF declares them."""
    out = _run([_tool("pdfinfo"), "-f", "1", "-l", "9999", str(pdf)]).stdout
    sizes = [(float(w) * MM_PER_POINT, float(h) * MM_PER_POINT) for _, w, h in _PAGE.findall(out)]
    if not sizes:
        raise PrintFailure(PREPARE, f"pdfinfo found no page in {pdf.name}")
    return sizes


def rasterise(pdf: Path, dpi: int, gray: bool = False) -> list[QImage]:
    """Every page as an image at `dpi` (pdftoppm, anti-aliased)."""
    with tempfile.TemporaryDirectory(prefix="qatra-print-") as folder:
        command = [
            _tool("pdftoppm"),
            "-r",
            str(dpi),
            "-png",
            *(("-gray",) if gray else ()),
            str(pdf),
            str(Path(folder) / "page"),
        ]
        _run(command)
        # pdftoppm numbers pages with as many digits as the last page needs: sort by number.
        files = sorted(Path(folder).glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        images = [QImage(str(f)) for f in files]
    if not images or any(image.isNull() for image in images):
        raise PrintFailure(PREPARE, f"pdftoppm gave no readable page for {pdf.name}")
    return images


def resolution_for(kind: str, supported: list[int]) -> int:
    """The printer's own resolution up to 300 dpi (a 203 dpi thermal head stays 203),
    else 203 for a ticket and 300 for the rest."""
    usable = [dpi for dpi in supported if 150 <= dpi <= DEFAULT_DPI]
    if usable:
        return max(usable)
    return THERMAL_DPI if kind == "ticket" else DEFAULT_DPI


def printer_info(name: str) -> QPrinterInfo:
    """The system printer called `name`; PrintFailure when there is none or it is stopped."""
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        raise PrintFailure(
            MISSING,
            f"printer {name!r} does not exist (known: {', '.join(QPrinterInfo.availablePrinterNames()) or 'none'})",
            name,
        )
    if info.state() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise PrintFailure(STOPPED, f"printer {name!r} is stopped", name)
    return info


class QtPrinterDevice:
    """The real device: the named system printer, through QPrinter."""

    def print_pdf(self, pdf: Path, printer: str, kind: str, title: str) -> None:
        info = printer_info(printer)
        dpi = resolution_for(kind, list(info.supportedResolutions()))
        sizes = page_sizes_mm(pdf)
        gray = kind == "ticket"  # thermal paper is black only
        images = rasterise(pdf, dpi, gray)
        device = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        device.setDocName(title)
        device.setResolution(dpi)
        device.setFullPage(True)
        if gray:
            device.setColorMode(QPrinter.ColorMode.GrayScale)
        self._set_page(device, sizes[0])
        painter = QPainter()
        if not painter.begin(device):
            raise PrintFailure(REFUSED, f"printer {printer!r} did not open the job", printer)
        try:
            for number, image in enumerate(images):
                if number:
                    self._set_page(device, sizes[min(number, len(sizes) - 1)])
                    if not device.newPage():
                        raise PrintFailure(REFUSED, f"printer {printer!r} refused page {number + 1}", printer)
                target = device.paperRect(QPrinter.Unit.DevicePixel)
                painter.drawImage(target, image)
        finally:
            ended = painter.end()
        if not ended:
            raise PrintFailure(REFUSED, f"printer {printer!r} did not take the job", printer)
        log.info("%s sent to %s at %d dpi (%d page(s))", pdf.name, printer, dpi, len(images))

    @staticmethod
    def _set_page(device: QPrinter, size_mm: tuple[float, float]) -> None:
        """The PDF page's exact size, as it stands: a card is a custom page wider than
        tall rather than a turned portrait page, so it comes out upright (85.6 × 54 mm)."""
        width, height = size_mm
        page = QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch)
        layout = QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        if not device.setPageLayout(layout):
            log.warning("printer %s did not accept a %.1f × %.1f mm page", device.printerName(), width, height)

"""The report's tables as CSV files, for a spreadsheet at the centre.

UTF-8 with a byte-order mark, so spreadsheets read Arabic; a cell that a
spreadsheet would take for a formula (it begins with =, +, -, @, a tab or a
carriage return: OWASP's list) gets a leading apostrophe, so a campaign text
such as "+212…" or a crafted "=HYPERLINK(…)" is shown, never run. The files are
private to the account, like every file Qatra writes.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Sequence
from pathlib import Path

from kiosk.printing.report_labels import CSV_FILES
from kiosk.printing.report_tables import Section

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def csv_text(section: Section, preamble: Sequence[tuple[str, str]] = ()) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in (*preamble, *((section.header,) if any(section.header) else ()), *section.rows):
        writer.writerow([neutralise(str(cell)) for cell in row])
    return out.getvalue()


def _write_private(path: Path, content: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
        os.fchmod(handle.fileno(), 0o600)
        handle.write(content)


def write_csv(sections: Sequence[Section], directory: Path, preamble: Sequence[tuple[str, str]] = ()) -> list[Path]:
    """One file per table in `directory`; `preamble` (campaign, period) heads the figures file."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for section in sections:
        path = directory / CSV_FILES[section.key]
        _write_private(path, csv_text(section, preamble if section.key == "figures" else ()))
        written.append(path)
    return written

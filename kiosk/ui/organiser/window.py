"""The organiser station's window: sign-in (organisers only), then the day live.

It follows the queue like the board (kiosk.ui.live.QueueFeed: a stat() or a
primary-key read per poll) and reads its figures, in one read transaction, only
when something changed, or every 30 s so the last hour's waits move on. The
report is made off the GUI thread, printed on the station's certificate printer
(the office printer at the nurse station) or written with its CSV tables to a
folder, a USB stick for the centre. Everything shown is a count: no name.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.staff import ORGANISER, Actor
from kiosk.printing import report_labels as R
from kiosk.printing.labels import QT_TRANSLATE_NOOP
from kiosk.ui.live import POLL_MS
from kiosk.ui.nurse.context import NurseSettings
from kiosk.ui.nurse.staff_window import StaffWindow, style_sheet
from kiosk.ui.nurse.words import Words
from kiosk.ui.organiser.chart import HourChart
from kiosk.ui.widgets import isolate, label

if TYPE_CHECKING:
    from kiosk.app import App
    from kiosk.i18n.qt import LanguageSwitch
    from kiosk.storage.day_report import LiveFigures
    from kiosk.ui.printers.device import PrintDevice

log = logging.getLogger(__name__)

CONTEXT = "Organiser"
IDLE_MINUTES = 10
FIGURES = ("registered", "donations", "first_time", "waiting", "wait", "documents", "reactions")
# What the worker says when it is done (worded on the GUI thread; %2: the peer).
WRITTEN = QT_TRANSLATE_NOOP("Organiser", "Report written to %1")
WRITTEN_BOTH = QT_TRANSLATE_NOOP("Organiser", "Report and exchange bundle for “%2” written to %1")
NO_PEER = QT_TRANSLATE_NOOP(
    "Organiser",
    "Report written to %1. No trusted key of a centre is registered on this station, so no exchange bundle "
    "was written (kiosk keys trust NAME FILE).",
)
NO_KEYS = QT_TRANSLATE_NOOP(
    "Organiser",
    "Report written to %1. This station has no keys yet, so no exchange bundle was written (kiosk keys init).",
)
BUNDLE_FAILED = QT_TRANSLATE_NOOP(
    "Organiser",
    "Report written to %1, but the exchange bundle for “%2” could not be written. "
    "Check the folder or the USB stick, then save again.",
)
WRITE_FAILED = QT_TRANSLATE_NOOP(
    "Organiser", "The report could not be written there. Check the folder or the USB stick."
)
PRINTED = QT_TRANSLATE_NOOP("Organiser", "The report went to the printer.")
PRINT_FAILED = QT_TRANSLATE_NOOP("Organiser", "The report did not print: check the printer, then try again.")
NO_PRINTER = QT_TRANSLATE_NOOP(
    "Organiser", "No office printer is set on this station (kiosk printers set certificate QUEUE)."
)
MAKE_FAILED = QT_TRANSLATE_NOOP("Organiser", "The report could not be made.")
FIGURE_STYLE = "QLabel#figure { font-size: 30px; font-weight: bold; color: #A4161A; }"


def _minutes(value: float | None) -> str:
    return "\u2014" if value is None else str(round(value))


class OrganiserWindow(StaffWindow):
    """`finished(source, value, error)` when a print or a save ended: sent from the worker
    thread with an English source, worded on the GUI thread in the station's language."""

    finished = Signal(str, str, bool)

    def __init__(
        self,
        app: App,
        *,
        words: Words | None = None,
        switch: LanguageSwitch | None = None,
        station: str = "organiser",
        device: PrintDevice | None = None,
        poll_ms: int = POLL_MS,
    ):
        super().__init__(
            app, NurseSettings(name=station, idle_minutes=IDLE_MINUTES), words=words, switch=switch, poll_ms=poll_ms
        )
        self._device = device
        self.figures: LiveFigures | None = None
        self._peer = ""  # the trusted peer the bundle being written is for
        self.setObjectName("organiserWindow")
        self.setStyleSheet(style_sheet() + FIGURE_STYLE)
        bar = self.top_bar()

        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        for index, key in enumerate(FIGURES):
            self.values[key] = label("figure")
            self.captions[key] = label("facts")
            self.captions[key].setWordWrap(True)
            grid.addWidget(self.values[key], 0, index)
            grid.addWidget(self.captions[key], 1, index)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.booths = label("facts", align=Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.prescreen = label("facts", align=Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.deferrals = label("facts", align=Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.headings = {
            key: label("section", align=Qt.AlignmentFlag.AlignLeading)
            for key in ("booths", "prescreen", "deferrals", "hours")
        }
        columns = QHBoxLayout()
        for key, text in (("booths", self.booths), ("prescreen", self.prescreen), ("deferrals", self.deferrals)):
            column = QVBoxLayout()
            column.addWidget(self.headings[key])
            column.addWidget(text, 1)
            columns.addLayout(column, 1)
        self.chart = HourChart()
        self.legend = label("facts", align=Qt.AlignmentFlag.AlignLeading)
        self.print_button = QPushButton()
        self.print_button.setObjectName("primary")
        self.save_button = QPushButton()
        self.save_button.setObjectName("action")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        main = QWidget()
        body = QVBoxLayout(main)
        body.setContentsMargins(16, 12, 16, 8)
        body.addLayout(grid)
        body.addWidget(self.progress)
        body.addSpacing(8)
        body.addLayout(columns, 1)
        body.addWidget(self.headings["hours"])
        body.addWidget(self.legend)
        body.addWidget(self.chart, 1)
        body.addLayout(buttons)
        self.status = label("statusLine", align=Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)

        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="report")
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_report)
        self.finished.connect(self._finished)
        self.context.message.connect(self.show_message)

        self.assemble(bar, main, self.status)
        self.begin()

    # -- language ------------------------------------------------------------------------------
    def _r(self, source: str) -> str:
        return self.words.translate(R.CONTEXT, source)

    def translate_ui(self) -> None:
        translate = self.words.translate
        self.setWindowTitle(translate("Organiser", "Qatra \u2014 organiser station"))
        self.title.setText(translate("Organiser", "Organiser station"))
        self.sign_out_button.setText(translate("Organiser", "Sign out"))
        captions = {
            "registered": self._r(R.REGISTERED),
            "donations": translate("Organiser", "Donations / target"),
            "first_time": translate("Organiser", "First time / returning"),
            "waiting": translate("Organiser", "Waiting now"),
            "wait": translate("Organiser", "Wait, last hour: median / 9 in 10"),
            "documents": translate("Organiser", "Documents waiting to print"),
            "reactions": self._r(R.REACTIONS),
        }
        for key, text in captions.items():
            self.captions[key].setText(text)
        self.headings["booths"].setText(self._r(R.BOOTHS))
        self.headings["prescreen"].setText(self._r(R.PRESCREEN))
        self.headings["deferrals"].setText(self._r(R.DEFERRALS))
        self.headings["hours"].setText(self._r(R.PER_HOUR))
        self.legend.setText(
            f"<span style='color:#2F5D8A'>\u25a0</span> {self._r(R.ARRIVALS)}   "
            f"<span style='color:#A4161A'>\u25a0</span> {self._r(R.DONATIONS)}"
        )
        self.print_button.setText(translate("Organiser", "Print the day's report"))
        self.save_button.setText(translate("Organiser", "Save the report to a folder"))
        self.translate_common()
        self.show_who()
        if self.figures is not None:
            self.show_figures(self.figures)

    def show_who(self) -> None:
        actor = self.context.actor
        self.who.setText(
            isolate(actor.name or "") if actor is not None else self.words.translate("Organiser", "Nobody signed in")
        )

    # -- signing in and out --------------------------------------------------------------------
    def signed_in(self, actor: Actor) -> None:
        if actor.role != ORGANISER:
            self.sign_in.reset()
            self.show_message(self.words.translate("Organiser", "This station is for organisers."), True)
            return
        super().signed_in(actor)

    def forget(self) -> None:
        self.figures = None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._pool.shutdown(wait=True)
        super().closeEvent(event)

    # -- the figures ---------------------------------------------------------------------------
    def reload(self) -> None:
        from kiosk.storage import day_report

        if self.context.actor is None or not self.context.campaign_id:
            return
        campaign_id, today, now = self.context.campaign_id, self.app.today(), self.app.now()
        figures = self.context.read(lambda s: day_report.live(s, campaign_id, today, now))
        if figures is not None:
            self.figures = figures
            self.show_figures(figures)

    def show_figures(self, figures: LiveFigures) -> None:
        translate = self.words.translate
        report = figures.report
        values = {
            "registered": str(report.registered),
            "donations": f"{report.donations} / {report.target}",
            "first_time": f"{report.registered_first_time} / {report.registered - report.registered_first_time}",
            "waiting": str(figures.waiting_now),
            "wait": f"{_minutes(figures.wait_median_last_hour)} / {_minutes(figures.wait_p90_last_hour)}",
            "documents": str(figures.documents_waiting),
            "reactions": str(sum(count for _kind, (count,) in report.reactions.rows)),
        }
        for key, text in values.items():
            self.values[key].setText(isolate(text))
        self.progress.setMaximum(max(report.target, 1))
        self.progress.setValue(min(report.donations, max(report.target, 1)))
        booths = [
            translate("Organiser", "Booth %1: ticket %2, %3")
            .replace("%1", str(booth))
            .replace("%2", isolate(f"{ticket:03d}" if ticket is not None else "\u2014"))
            .replace(
                "%3",
                translate("Organiser", "called") if status == "called" else translate("Organiser", "with the donor"),
            )
            for booth, ticket, status in figures.at_booths
        ]
        done = {b.booth: b for b in report.booths}
        booths += [
            translate("Organiser", "Booth %1: %2 seen, %3 donations")
            .replace("%1", str(b.booth))
            .replace("%2", str(b.seen))
            .replace("%3", str(b.donations))
            for b in done.values()
        ]
        self.booths.setText("\n".join(booths) or translate("Organiser", "No booth has called yet."))
        self.prescreen.setText(
            "\n".join(f"{self._r(R.OUTCOMES[key])}: {count}" for key, (count,) in report.prescreen.rows)
        )
        deferred = [(key, sum(counts)) for key, counts in report.deferrals.rows if sum(counts)]
        self.deferrals.setText(
            "\n".join(f"{self._r(R.FAMILIES[key])}: {count}" for key, count in sorted(deferred, key=lambda kv: -kv[1]))
            or self._r(R.NOTHING)
        )
        self.chart.set_hours(report.hours)

    def show_message(self, text: Callable[[], str] | str, error: bool = False) -> None:
        self.status.setText(text() if callable(text) else text)  # the station context says a Say
        self.status.setProperty("tone", "bad" if error else "good")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    # -- the report ----------------------------------------------------------------------------
    def choose_folder(self) -> Path | None:
        """Where to write the report (a USB stick); None when the organiser cancels."""
        chosen = QFileDialog.getExistingDirectory(
            self, self.words.translate("Organiser", "Save the report to a folder")
        )
        return Path(chosen) if chosen else None

    def choose_peer(self, peers: list[str]) -> str | None:
        """Which trusted peer the day's bundle is sealed to, when this station trusts
        several; None when the organiser cancels."""
        from PySide6.QtWidgets import QInputDialog

        chosen, ok = QInputDialog.getItem(
            self,
            self.words.translate("Organiser", "Save the report to a folder"),
            self.words.translate("Organiser", "The exchange bundle is for:"),
            peers,
            0,
            False,
        )
        return chosen if ok and chosen else None

    def save_report(self) -> None:
        """The report and, sealed to a trusted peer (the centre), the day's exchange
        bundle, in one chosen folder. With no trusted peer, the report alone, and
        the organiser is told why."""
        from kiosk.day_bundle import trusted_peers

        if self.context.actor is None:
            return
        peers = trusted_peers()
        peer: str | None = None
        if len(peers) == 1:
            peer = peers[0]
        elif peers:
            peer = self.choose_peer(peers)
            if peer is None:
                return
        folder = self.choose_folder()
        if folder is None:
            return
        lang, day = self.words.lang, self.app.today()
        self._peer = peer or ""
        self._busy(True)
        self._pool.submit(self._save, folder, lang, day, peer, self.context.actor.staff_id)

    def _save(self, folder: Path, lang: str, day: date, peer: str | None, staff_id: int | None) -> None:
        """On the worker thread: the PDF and the CSV tables in `folder`/qatra-report-DAY/,
        then the day's exchange bundle for `peer` in `folder`."""
        from kiosk.day_bundle import NoPeer, write_day_bundle
        from kiosk.reports import write_report
        from kiosk.storage.exchange_keys import KeysError

        target = folder / f"qatra-report-{day:%Y-%m-%d}"
        try:
            write_report(self.app, lang, day=day, pdf=target / f"report-{lang}.pdf", csv_dir=target / "csv")
        except Exception:  # noqa: BLE001 - a full or removed USB stick: say so, keep the station running
            log.exception("the report could not be written")
            self.finished.emit(WRITE_FAILED, "", True)
            return
        if peer is None:
            self.finished.emit(NO_PEER, str(target), True)
            return
        try:
            write_day_bundle(self.app, peer, folder, day, station=self.context.station, staff_id=staff_id)
        except NoPeer:
            self.finished.emit(NO_PEER, str(target), True)
            return
        except KeysError as error:
            log.warning("no exchange bundle: %s", error)
            self.finished.emit(NO_KEYS, str(target), True)
            return
        except Exception:  # noqa: BLE001 - no campaign in use, a full or removed USB stick: say so, keep running
            log.exception("the exchange bundle could not be written")
            self.finished.emit(BUNDLE_FAILED, str(target), True)
            return
        self.finished.emit(WRITTEN_BOTH, str(target), False)

    def print_report(self) -> None:
        if self.context.actor is None:
            return
        self._busy(True)
        self._pool.submit(self._print, self.words.lang)

    def _print(self, lang: str) -> None:
        """On the worker thread: the PDF kept in the print folder, then the office printer."""
        from kiosk import station_settings
        from kiosk.reports import load, pdf_bytes, write_private
        from kiosk.storage.print_jobs import jobs_dir
        from kiosk.ui.printers.device import PrintFailure

        try:
            pdf = jobs_dir() / f"report-{datetime.now():%Y%m%d-%H%M%S}-{lang}.pdf"
            write_private(pdf, pdf_bytes(self.app, load(self.app, day=self.app.today()), lang))
            printer = station_settings.load().printer_for("certificate")
            if not printer:
                self.finished.emit(NO_PRINTER, "", True)
                return
            device = self._device
            if device is None:
                from kiosk.ui.printers.device import QtPrinterDevice

                device = QtPrinterDevice()
            device.print_pdf(pdf, printer, "report", "Qatra report")
        except PrintFailure as failure:
            log.warning("the report did not print: %s", failure)
            self.finished.emit(PRINT_FAILED, "", True)
            return
        except Exception:  # noqa: BLE001 - keep the station running and say so
            log.exception("the report could not be made")
            self.finished.emit(MAKE_FAILED, "", True)
            return
        self.finished.emit(PRINTED, "", False)

    def _busy(self, busy: bool) -> None:
        self.print_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        if busy:
            self.show_message(self.words.translate("Organiser", "Making the report\u2026"))

    def _finished(self, source: str, value: str, error: bool) -> None:
        self._busy(False)
        text = self.words.translate(CONTEXT, source).replace("%1", isolate(value))
        self.show_message(text.replace("%2", isolate(self._peer)), error)

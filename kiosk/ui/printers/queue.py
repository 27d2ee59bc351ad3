"""The station's print queue: jobs run on a worker thread, outcomes come back as signals.

    queue = PrintQueue(app, station="nurse-1")
    queue.changed.connect(badge.set_count)          # documents waiting (pending + failed)
    queue.failed.connect(status_line.show_error)    # (job id, message for staff)
    queue.print_document("card", visit_id, "ar", actor)

A job is a row first (kiosk.storage.print_jobs, in the caller's transaction or
in `print_document`'s own), then on the worker: its PDF rendered into the data
directory if not there yet, then sent to the printer the station's settings
name for that kind (kiosk.station_settings), then marked printed or failed.
Nothing here blocks the GUI thread or raises into it: a missing printer, a
stopped queue or a failed render is a failed job, kept with its PDF, counted
in `changed` and shown to staff through `failed` until Retry prints it.
Jobs run one at a time, in order, so tickets come out in the order given.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

from kiosk import station_settings
from kiosk.ui.printers.device import MISSING, NO_PRINTER, PREPARE, REFUSED, STOPPED, PrintDevice, PrintFailure

if TYPE_CHECKING:
    from kiosk.app import App
    from kiosk.domain.staff import Actor
    from kiosk.station_settings import StationSettings

log = logging.getLogger(__name__)

STORAGE = "storage"  # the job's outcome could not be written (it stays pending, resumed later)
SKIPPED = "skipped"  # printed or taken over by another station meanwhile: nothing to do
# Another station's job still pending after this long was left behind (its station went away):
# Retry may take it over. A job takes well under a second.
STALE_AFTER = timedelta(minutes=2)


class PrintQueue(QObject):
    """One station's printing.

    `changed(waiting)`: documents not printed yet, pending or failed — of this
    station, or of every station with `all_stations` (the nurse station, so it
    sees a kiosk whose printer jammed). `finished(job_id, message)` after each
    attempt, the message empty when the printer took the document;
    `failed(job_id, message)` only on failure. Messages are in the staff's
    language (`translate`, by default the application's).
    """

    changed = Signal(int)
    finished = Signal(int, str)
    failed = Signal(int, str)
    # From the worker thread, delivered on this object's (the GUI) thread: job id, kind, code, printer.
    _done = Signal(int, str, str, str)

    def __init__(
        self,
        app: App,
        station: str,
        settings: StationSettings | None = None,
        *,
        device: PrintDevice | None = None,
        all_stations: bool = False,
        poll_ms: int = 0,
        translate: Callable[[str, str], str] | None = None,
        catalog=None,
        dates=None,
        parent: QObject | None = None,
    ):
        """`settings` None: this machine's station.toml, read again for every job, so
        `kiosk printers set` takes effect at once. `poll_ms`: how often to count
        the waiting jobs again and resume this station's pending ones (0: never)."""
        super().__init__(parent)
        if device is None:
            from kiosk.ui.printers.device import QtPrinterDevice

            device = QtPrinterDevice()
        self.app = app
        self.station = station
        self.all_stations = all_stations
        self._settings = settings
        self._device = device
        self._translate = translate or QCoreApplication.translate
        self._catalog = catalog
        self._dates = dates
        self._inflight: set[int] = set()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="print")
        self._done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._last_count: int | None = None
        # (kind, code, printer) of the last failure, for a view that words it in its own language.
        self.last_problem: tuple[str, str, str] | None = None
        self._timer: QTimer | None = None
        if poll_ms > 0:
            self._timer = QTimer(self)
            self._timer.setInterval(poll_ms)
            self._timer.timeout.connect(self.resume)
            self._timer.start()

    # -- what the stations call ---------------------------------------------------------
    def print_document(
        self,
        kind: str,
        visit_id: int | None = None,
        lang: str = "ar",
        actor: Actor | None = None,
        *,
        donor_id: int | None = None,
    ) -> int:
        """Queue a document and return its job id at once (written and committed here;
        the audit log names a signed-in `actor`). `VisitRefused` when it cannot
        exist: see kiosk.storage.print_jobs.document_rows."""
        from kiosk.storage import print_jobs

        with self.app.db.write() as session:
            job = print_jobs.create_job(
                session,
                kind,
                station=self.station,
                lang=lang,
                now=self.app.now(),
                visit_id=visit_id,
                donor_id=donor_id,
                actor=actor,
            )
            job_id = job.id
        self.submit(job_id)
        return job_id

    def submit(self, job_id: int) -> None:
        """Run a job whose row the caller has committed (the kiosk writes the ticket's
        job with the visit, then submits it)."""
        if job_id in self._inflight:
            return
        self._inflight.add(job_id)
        self._pool.submit(self._run, job_id)
        self.refresh()

    def resume(self) -> int:
        """Submit this station's pending jobs (left by a restart or a power cut);
        failed ones wait for Retry. Also counts the waiting jobs again."""
        from kiosk.storage import print_jobs

        try:
            with self.app.db.read() as session:
                ids = print_jobs.pending_ids(session, self.station)
        except Exception:  # noqa: BLE001 - the database is away: try again at the next poll
            log.exception("cannot list pending print jobs")
            return 0
        fresh = [job_id for job_id in ids if job_id not in self._inflight]
        for job_id in fresh:
            self.submit(job_id)
        self.refresh()
        return len(fresh)

    def retry(self, job_ids: Iterable[int] | None = None) -> int:
        """Print the waiting documents again (those given, or all in this queue's
        scope) on THIS station's printers: staff press Retry where they stand.
        Returns how many were sent; a document printed already is never sent again."""
        from kiosk.storage import print_jobs

        scope = None if self.all_stations else self.station
        with self.app.db.write() as session:
            ids = print_jobs.retry(
                session, job_ids, station=scope, move_to=self.station, stale_before=self.app.now() - STALE_AFTER
            )
        for job_id in ids:
            self.submit(job_id)
        self.refresh()
        return len(ids)

    def waiting(self) -> int:
        """Documents in this queue's scope not printed yet (pending or failed)."""
        from kiosk.storage import print_jobs

        with self.app.db.read() as session:
            return print_jobs.count_waiting(session, None if self.all_stations else self.station)

    def refresh(self) -> None:
        """Emit `changed` with the current count (when it changed, or the first time)."""
        try:
            count = self.waiting()
        except Exception:  # noqa: BLE001 - never raise into the GUI for a count
            log.exception("cannot count print jobs")
            return
        if count != self._last_count:
            self._last_count = count
            self.changed.emit(count)

    def shutdown(self, wait: bool = True) -> None:
        """Stop taking jobs; the one on the printer finishes, the others stay pending
        in the database and `resume()` runs them at the next start."""
        if self._timer is not None:
            self._timer.stop()
        self._pool.shutdown(wait=wait, cancel_futures=True)

    # -- the staff's words ----------------------------------------------------------------
    def message(self, kind: str, code: str, printer: str, translate: Callable[[str, str], str] | None = None) -> str:
        """Why a `kind` document failed (`code` from kiosk.ui.printers.device), for staff."""
        translate = translate or self._translate
        if code == NO_PRINTER:
            if kind == "ticket":
                return translate("PrintQueue", "No printer is set for tickets on this station.")
            if kind == "card":
                return translate("PrintQueue", "No printer is set for donor cards on this station.")
            return translate("PrintQueue", "No printer is set for certificates on this station.")
        if code == MISSING:
            return translate("PrintQueue", "Printer \u201c%1\u201d is not available.").replace("%1", printer)
        if code == STOPPED:
            return translate(
                "PrintQueue", "Printer \u201c%1\u201d has stopped: check its paper and cable, then retry."
            ).replace("%1", printer)
        if code == REFUSED:
            return translate("PrintQueue", "Printer \u201c%1\u201d did not take the document.").replace("%1", printer)
        if code == STORAGE:
            return translate("PrintQueue", "The print queue could not reach the database.")
        return translate("PrintQueue", "The document could not be prepared for printing.")

    # -- worker thread ---------------------------------------------------------------------
    def _settings_now(self) -> StationSettings:
        return self._settings if self._settings is not None else station_settings.load()

    def _run(self, job_id: int) -> None:
        """One attempt, on the worker thread: claim, PDF, printer, outcome. Never raises."""
        from kiosk.storage import print_jobs

        kind, code, printer = "", "", ""
        try:
            with self.app.db.write() as session:
                job = print_jobs.claim(session, job_id, self.station)
                if job is None:
                    self._report(job_id, "", SKIPPED, "")
                    return
                kind = job.kind
            try:
                pdf = self._ensure_pdf(job)
                printer = self._settings_now().printer_for(kind) or ""
                if not printer:
                    raise PrintFailure(NO_PRINTER, f"no printer is set for {kind} on this station")
                self._device.print_pdf(pdf, printer, kind, f"Qatra {kind} {job_id}")
            except PrintFailure as failure:
                code, detail = failure.code, str(failure)
            except Exception as error:  # noqa: BLE001 - a bad render must not stop the queue
                log.exception("print job %s could not be prepared", job_id)
                code, detail = PREPARE, f"{type(error).__name__}: {error}"
            with self.app.db.write() as session:
                if code:
                    print_jobs.mark_failed(session, job_id, detail)
                else:
                    print_jobs.mark_printed(session, job_id, self.app.now())
            if code:
                log.warning("print job %s (%s) failed: %s", job_id, kind, detail)
        except Exception:  # noqa: BLE001 - the database failed: the job stays pending
            log.exception("print job %s: bookkeeping failed", job_id)
            code = STORAGE
        self._report(job_id, kind, code, printer)

    def _report(self, job_id: int, kind: str, code: str, printer: str) -> None:
        try:
            self._done.emit(job_id, kind, code, printer)
        except RuntimeError:  # the station closed without shutdown(): the outcome is in the database
            log.info("print job %s finished after its queue was closed", job_id)

    def _ensure_pdf(self, job) -> Path:
        """The job's PDF on this machine, rendered (and kept) when it is not there yet."""
        from kiosk.domain.clock import local_day
        from kiosk.printing import compose
        from kiosk.storage import print_jobs

        path = print_jobs.local_pdf(job)
        if not print_jobs.pdf_missing(path):
            return path
        catalog, dates = self._catalog, self._dates
        if catalog is None:
            from kiosk.i18n.catalog import labels_for as catalog
        if dates is None:
            from kiosk.i18n import dates
        with self.app.db.read() as session:
            rows = print_jobs.document_rows(
                session, job.kind, visit_id=job.visit_id, donor_id=job.donor_id, now=self.app.now()
            )
            lang = job.lang or rows.donor.language
            data = compose.document_data(rows, lang, dates, issued=local_day(job.created_at))
        pdf = compose.render(job.kind, data, lang, catalog)
        return print_jobs.write_pdf(path, pdf)

    # -- back on the GUI thread ------------------------------------------------------------
    @Slot(int, str, str, str)
    def _on_done(self, job_id: int, kind: str, code: str, printer: str) -> None:
        self._inflight.discard(job_id)
        if code != SKIPPED:
            text = self.message(kind, code, printer) if code else ""
            if code:
                self.last_problem = (kind, code, printer)
                self.failed.emit(job_id, text)
            self.finished.emit(job_id, text)
        self.refresh()

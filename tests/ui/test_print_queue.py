"""The station's print queue: jobs off the GUI thread, failures kept with their PDF, retries, the staff view.

The failing printer is a real one that does not exist, through the real
QPrinter path (kiosk.ui.printers.device); printing for real is tests/test_cups.py.
"""

from __future__ import annotations

import shutil
import threading
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from kiosk.domain.eligibility import default_pack
from kiosk.domain.staff import Actor
from kiosk.domain.validation import DonorDetails
from kiosk.domain.visits import VisitRefused
from kiosk.i18n.catalog import labels_for
from kiosk.station_settings import StationSettings
from kiosk.storage import campaigns, print_jobs, registration
from kiosk.storage import queue as q
from kiosk.storage.models import PrintJob
from kiosk.ui.printers import PrintQueue, PrintStatus
from kiosk.ui.printers.device import QtPrinterDevice

NO_SUCH_PRINTER = "Qatra_No_Such_Printer"
T0 = datetime(2025, 12, 2, 9, 0, tzinfo=UTC)


def check_in(app, i: int) -> int:
    with app.db.write() as s:
        donor = registration.create_donor(
            s,
            DonorDetails(
                sex="F",
                birth_date=date(1990, 1, 1),
                first_name_latin="Salma",
                last_name_latin=f"Test{i}",
                cin=f"BK{i:06d}",
                language="fr",
            ),
            "v1",
            T0,
        )
        visit = q.join_queue(
            s,
            campaigns.active_campaign(s),
            donor,
            date(2025, 12, 2),
            actor=Actor.station_only("kiosk-1"),
            now=T0,
            outcome="eligible",
            until=None,
            reasons=[],
            pack=default_pack().ref,
            answers={},
        )
        return visit.id


def job(app, job_id: int) -> PrintJob:
    with app.db.read() as s:
        return s.get(PrintJob, job_id)


class WatchedDevice(QtPrinterDevice):
    """The real device, noting on which thread each job reaches it."""

    def __init__(self):
        self.threads: list[int] = []

    def print_pdf(self, pdf: Path, printer: str, kind: str, title: str) -> None:
        self.threads.append(threading.get_ident())
        super().print_pdf(pdf, printer, kind, title)


class PaperOut:
    """A printer that takes each PDF into a tray folder, or fails while `jammed`."""

    def __init__(self, tray: Path):
        self.tray = tray
        self.jammed = False
        tray.mkdir()

    def print_pdf(self, pdf: Path, printer: str, kind: str, title: str) -> None:
        from kiosk.ui.printers.device import STOPPED, PrintFailure

        if self.jammed:
            raise PrintFailure(STOPPED, f"printer {printer!r} is stopped", printer)
        shutil.copy(pdf, self.tray / f"{len(list(self.tray.iterdir())):02d}-{printer}-{kind}.pdf")


@pytest.fixture
def make_queue(app, qtbot):
    made: list[PrintQueue] = []

    def make(printers: dict[str, str], station="kiosk-1", **kwargs) -> PrintQueue:
        queue = PrintQueue(app, station, StationSettings(printers=printers), **kwargs)
        made.append(queue)
        return queue

    yield make
    for queue in made:
        queue.shutdown()


def test_a_failing_printer_keeps_the_job_and_the_pdf_and_never_blocks_the_gui(app, qtbot, make_queue):
    device = WatchedDevice()
    queue = make_queue({"ticket": NO_SUCH_PRINTER}, device=device)
    counts, failures = [], []
    queue.changed.connect(counts.append)
    queue.failed.connect(lambda job_id, text: failures.append((job_id, text)))
    visit_id = check_in(app, 1)
    with qtbot.waitSignal(queue.finished, timeout=10_000) as done:
        job_id = queue.print_document("ticket", visit_id, "ar")
    assert done.args == [job_id, f"Printer \u201c{NO_SUCH_PRINTER}\u201d is not available."]
    assert failures == [(job_id, done.args[1])]
    row = job(app, job_id)
    assert (row.status, row.attempts, row.lang) == ("failed", 1, "ar")
    assert NO_SUCH_PRINTER in row.last_error and "does not exist" in row.last_error
    pdf = Path(row.pdf_path)
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF-") and pdf.parent == print_jobs.jobs_dir()
    assert counts[-1] == 1 and queue.waiting() == 1
    assert device.threads and threading.main_thread().ident not in device.threads


def test_the_gui_thread_keeps_running_while_a_job_is_on_the_printer(app, qtbot, make_queue):
    """The device waits for a timer of the GUI thread: were it called there, it would wait in vain."""
    ticked = threading.Event()

    class SlowDevice(WatchedDevice):
        def print_pdf(self, pdf, printer, kind, title):
            self.gui_ran = ticked.wait(timeout=5)
            super().print_pdf(pdf, printer, kind, title)

    device = SlowDevice()
    queue = make_queue({"ticket": NO_SUCH_PRINTER}, device=device)
    visit_id = check_in(app, 1)
    with qtbot.waitSignal(queue.finished, timeout=10_000):
        queue.print_document("ticket", visit_id, "fr")
        QTimer.singleShot(0, ticked.set)
    assert device.gui_ran is True


def test_no_printer_set_for_a_kind_is_a_failed_job_with_a_clear_message(app, qtbot, make_queue):
    queue = make_queue({"ticket": "TM-T20"})
    visit_id = check_in(app, 1)
    with qtbot.waitSignal(queue.failed, timeout=10_000) as failed:
        job_id = queue.print_document("card", visit_id, "fr")
    assert failed.args == [job_id, "No printer is set for donor cards on this station."]
    assert job(app, job_id).last_error == "no printer is set for card on this station"
    assert Path(job(app, job_id).pdf_path).is_file()


def test_a_document_that_cannot_exist_is_refused_before_any_job(app, make_queue):
    queue = make_queue({})
    with pytest.raises(VisitRefused) as refused:
        queue.print_document("certificate", check_in(app, 1), "ar")
    assert refused.value.code == "print.no_donation" and queue.waiting() == 0


def test_jobs_print_in_order_and_retry_prints_the_failed_ones_once(app, qtbot, make_queue, tmp_path):
    device = PaperOut(tmp_path / "tray")
    queue = make_queue({"ticket": "TM-T20", "card": "Evolis"}, device=device)
    visits = [check_in(app, i) for i in range(3)]
    device.jammed = True
    with qtbot.waitSignal(queue.failed, timeout=10_000) as jam:
        jammed = queue.print_document("ticket", visits[0], "ar")
    assert jam.args[1] == "Printer \u201cTM-T20\u201d has stopped: check its paper and cable, then retry."
    device.jammed = False
    ids = [queue.print_document("ticket", v, "ar") for v in visits[1:]] + [
        queue.print_document("card", visits[2], "fr")
    ]
    qtbot.waitUntil(lambda: all(job(app, i).status == "printed" for i in ids), timeout=10_000)
    assert sorted(p.name for p in device.tray.iterdir()) == [
        "00-TM-T20-ticket.pdf",
        "01-TM-T20-ticket.pdf",
        "02-Evolis-card.pdf",
    ]
    assert queue.waiting() == 1
    with qtbot.waitSignal(queue.changed, timeout=10_000, check_params_cb=lambda n: n == 0):
        assert queue.retry() == 1
    assert queue.retry() == 0  # nothing waits: nothing printed twice
    row = job(app, jammed)
    assert (row.status, row.attempts, row.last_error) == ("printed", 2, None)
    assert len(list(device.tray.iterdir())) == 4


def test_a_lost_pdf_is_rendered_again_from_the_database(app, qtbot, make_queue, tmp_path):
    """A power cut before the PDF reached the disk, or a job made on another machine."""
    device = PaperOut(tmp_path / "tray")
    visit_id = check_in(app, 1)
    with app.db.write() as s:  # as the kiosk does, in its check-in transaction
        job_id = print_jobs.create_job(s, "ticket", station="kiosk-1", lang="ar", now=T0, visit_id=visit_id).id
    queue = make_queue({"ticket": "TM-T20"}, device=device)
    assert not Path(job(app, job_id).pdf_path).exists()
    with qtbot.waitSignal(queue.finished, timeout=10_000) as done:
        assert queue.resume() == 1  # at start: the pending jobs of this station
    assert done.args == [job_id, ""]
    kept = Path(job(app, job_id).pdf_path)
    assert kept.read_bytes() == (device.tray / "00-TM-T20-ticket.pdf").read_bytes()


def test_the_nurse_station_sees_and_retries_every_station_s_documents(app, qtbot, make_queue, tmp_path):
    kiosk = make_queue({})  # the kiosk machine has lost its ticket printer
    with qtbot.waitSignal(kiosk.failed, timeout=10_000):
        jammed = kiosk.print_document("ticket", check_in(app, 1), "ar")
    device = PaperOut(tmp_path / "tray")
    nurse = make_queue({"ticket": "TM-T20"}, station="nurse-1", device=device, all_stations=True)
    own = make_queue({}, station="nurse-2")
    assert (kiosk.waiting(), nurse.waiting(), own.waiting()) == (1, 1, 0)
    with qtbot.waitSignal(nurse.finished, timeout=10_000) as done:
        assert nurse.retry() == 1
    assert done.args == [jammed, ""]
    row = job(app, jammed)
    assert (row.status, row.station) == ("printed", "nurse-1")
    assert (device.tray / "00-TM-T20-ticket.pdf").is_file()


def test_the_staff_view_counts_waiting_documents_and_retries(app, qtbot, make_queue, tmp_path):
    device = PaperOut(tmp_path / "tray")
    device.jammed = True
    queue = make_queue({"ticket": "TM-T20"}, device=device)
    french = labels_for("fr")
    station = QWidget()  # the nurse station's window around it
    view = PrintStatus(queue, french, station)
    qtbot.addWidget(station)
    station.show()
    assert view.isHidden()  # nothing waits
    with qtbot.waitSignal(queue.failed, timeout=10_000):
        queue.print_document("ticket", check_in(app, 1), "ar")
    assert view.isVisible()
    assert view.summary.text() == "Documents en attente d’impression\u00a0: 1"
    assert view.detail.text() == (
        "L’imprimante «\u00a0TM-T20\u00a0» s’est arrêtée\u00a0: vérifiez son papier et son câble, puis réessayez."
    )
    assert view.retry_button.text() == "Réessayer"
    view.set_translate(labels_for("ar"))
    assert view.summary.text() == "وثائق في انتظار الطباعة: 1" and view.retry_button.text() == "إعادة المحاولة"
    device.jammed = False
    with qtbot.waitSignal(queue.changed, timeout=10_000, check_params_cb=lambda n: n == 0):
        view.retry_button.click()
    assert view.isHidden()

"""Printing for real: a private CUPS server with a cups-pdf printer, fed by the stations' print queue.

The test starts its own `cupsd` in a temporary directory (its own configuration,
spool, state and logs; a Unix socket instead of port 631), adds a cups-pdf queue,
and runs a station's PrintQueue in a child process that follows
`CUPS_SERVER=DIR/cups.sock` from its first Qt call. A ticket and a donor card go
through QPrinter to CUPS and come out as PDF files; the card meets a stopped
queue first and is printed on Retry. cups-pdf runs only as root, so the test
skips, saying why, elsewhere.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.external

CUPSD = "/usr/sbin/cupsd"
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd")
QUEUE = "QatraTest"
MM = 72 / 25.4


def why_not() -> str | None:
    if not Path(CUPSD).exists() or not shutil.which("lpadmin") or not shutil.which("lpstat"):
        return "CUPS is not installed (Debian packages cups cups-client)"
    if not CUPS_PDF_BACKEND.exists() or not CUPS_PDF_PPD.exists():
        return "the cups-pdf printer is not installed (Debian package printer-driver-cups-pdf)"
    if not shutil.which("pdfinfo"):
        return "pdfinfo is not installed (Debian package poppler-utils)"
    if os.geteuid() != 0:
        return "the cups-pdf backend only runs as root, and its settings live in /etc/cups"
    if not os.access("/etc/cups", os.W_OK):
        return "/etc/cups is not writable (cups-pdf reads /etc/cups/cups-pdf-NAME.conf)"
    return None


class Cups:
    """A private cupsd in `root`; `env` points CUPS clients and Qt at it."""

    def __init__(self) -> None:
        # Not under pytest's 0700 tmp: the filters run as the `lp` user and must reach the spool.
        self.root = Path(tempfile.mkdtemp(prefix="qatra-cups-", dir="/tmp"))
        self.root.chmod(0o755)
        self.name = f"qatra{os.getpid()}"
        self.backend_conf = Path(f"/etc/cups/cups-pdf-{self.name}.conf")
        self.out = self.root / "out"
        self.socket = self.root / "cups.sock"
        self.env = {**os.environ, "CUPS_SERVER": str(self.socket)}
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        etc, log = self.root / "etc", self.root / "log"
        for folder in (
            etc,
            log,
            self.out,
            self.root / "spool",
            self.root / "cache",
            self.root / "state",
            self.root / "pdf-spool",
        ):
            folder.mkdir()
        (self.root / "tmp").mkdir(mode=0o1777)
        (self.root / "tmp").chmod(0o1777)
        (etc / "cupsd.conf").write_text(
            f"Listen {self.socket}\nBrowsing No\nWebInterface No\nLogLevel warn\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        )
        (etc / "cups-files.conf").write_text(
            f"ServerRoot {etc}\nRequestRoot {self.root / 'spool'}\nTempDir {self.root / 'tmp'}\n"
            f"CacheDir {self.root / 'cache'}\nStateDir {self.root / 'state'}\n"
            f"AccessLog {log / 'access_log'}\nErrorLog {log / 'error_log'}\nPageLog {log / 'page_log'}\n"
        )
        self.backend_conf.write_text(f"Out {self.out}\nSpool {self.root / 'pdf-spool'}\nLog {log}\nLabel 2\n")
        self.process = subprocess.Popen(
            [CUPSD, "-f", "-c", str(etc / "cupsd.conf"), "-s", str(etc / "cups-files.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 10
        while not self.lpstat("-r").stdout.startswith("scheduler is running"):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(
                    f"cupsd did not start: {self.process.stderr.read().decode() if self.process.poll() is not None else 'timeout'}"
                )
            time.sleep(0.05)
        self.run("lpadmin", "-p", QUEUE, "-E", "-v", f"cups-pdf:/{self.name}", "-P", str(CUPS_PDF_PPD))

    def run(self, *command: str) -> subprocess.CompletedProcess:
        return subprocess.run(command, env=self.env, capture_output=True, text=True, check=True, timeout=20)

    def lpstat(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["lpstat", *args], env=self.env, capture_output=True, text=True, timeout=20)

    def wait_until_done(self, timeout: float = 20) -> None:
        """Every job completed (cups-pdf writes its file before the job completes)."""
        deadline = time.monotonic() + timeout
        while self.lpstat("-W", "not-completed", "-o", QUEUE).stdout.strip():
            assert time.monotonic() < deadline, self.lpstat("-W", "not-completed", "-o", QUEUE).stdout
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process is not None and self.process.stderr:
            self.process.stderr.close()
        self.backend_conf.unlink(missing_ok=True)
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture
def cups():
    reason = why_not()
    if reason:
        pytest.skip(reason)
    server = Cups()
    try:
        server.start()
        yield server
    finally:
        server.stop()


# The station, as a child process: CUPS_SERVER must be set before Qt's first call to CUPS.
STATION = r"""
import json, subprocess, sys, threading
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication
from kiosk.app import App
from kiosk.storage.models import PrintJob
from kiosk.ui.printers import PrintQueue
from kiosk.ui.printers.device import QtPrinterDevice

threads, report = set(), {}

class Watched(QtPrinterDevice):
    def print_pdf(self, *args):
        threads.add(threading.get_ident())
        return super().print_pdf(*args)

db_url, visit_id, queue_name = sys.argv[1], int(sys.argv[2]), sys.argv[3]
qapp = QGuiApplication(["station"])
app = App(db_url)
queue = PrintQueue(app, "nurse-1", device=Watched())  # printers from this machine's station.toml, read per job

def attempt(start):
    loop, outcome = QEventLoop(), {}
    def done(job_id, message):
        outcome.update(job=job_id, message=message)
        loop.quit()
    queue.finished.connect(done)
    QTimer.singleShot(20_000, loop.quit)
    start()
    loop.exec()
    queue.finished.disconnect(done)
    return outcome

def job(job_id):
    with app.db.read() as s:
        row = s.get(PrintJob, job_id)
        return {"status": row.status, "attempts": row.attempts, "error": row.last_error, "pdf": row.pdf_path}

ticket = attempt(lambda: queue.print_document("ticket", visit_id, "ar"))
report["ticket"] = {**ticket, **job(ticket["job"])}
subprocess.run(["cupsdisable", "-r", "paper jam", queue_name], check=True)
card = attempt(lambda: queue.print_document("card", visit_id, "fr"))
report["card_stopped"] = {**card, **job(card["job"]), "waiting": queue.waiting()}
subprocess.run(["cupsenable", queue_name], check=True)
retried = attempt(lambda: queue.retry())
report["card_retried"] = {**retried, **job(card["job"]), "waiting": queue.waiting()}
report["off_gui_thread"] = bool(threads) and threading.main_thread().ident not in threads
queue.shutdown()
app.close()
print(json.dumps(report))
"""


def page_size_mm(path: Path) -> tuple[float, float]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", out, re.M), out
    width, height = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", out).groups()
    return float(width) / MM, float(height) / MM


def test_a_ticket_and_a_card_come_out_of_a_real_cups_printer(cups, app, db_url, tmp_path):
    from datetime import date

    from kiosk import station_settings
    from kiosk.domain.eligibility import default_pack
    from kiosk.domain.staff import Actor
    from kiosk.domain.validation import DonorDetails
    from kiosk.storage import campaigns, registration
    from kiosk.storage import queue as q

    with app.db.write() as s:
        donor = registration.create_donor(
            s,
            DonorDetails(
                sex="F",
                birth_date=date(1994, 3, 8),
                first_name_latin="Salma",
                last_name_latin="Benjelloun",
                first_name_ar="سلمى",
                last_name_ar="بنجلون",
                cin="BK123456",
                blood_group="O+",
            ),
            "v1",
            app.now(),
        )
        visit = q.join_queue(
            s,
            campaigns.active_campaign(s),
            donor,
            app.today(),
            actor=Actor.station_only("kiosk"),
            now=app.now(),
            outcome="eligible",
            until=None,
            reasons=[],
            pack=default_pack().ref,
            answers={},
        )
        visit_id = visit.id
    station_settings.save(station_settings.StationSettings(printers={"ticket": QUEUE, "card": QUEUE}))
    env = {**cups.env, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.run(
        [sys.executable, "-c", STATION, db_url, str(visit_id), QUEUE],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert child.returncode == 0, child.stderr
    report = json.loads(child.stdout.splitlines()[-1])
    cups.wait_until_done()

    assert report["off_gui_thread"] is True
    ticket, stopped, retried = report["ticket"], report["card_stopped"], report["card_retried"]
    assert (ticket["message"], ticket["status"], ticket["attempts"]) == ("", "printed", 1)
    # A stopped queue (CUPS stops it on a jam) is a failed job, kept with its PDF, shown to staff.
    assert stopped["status"] == "failed" and stopped["waiting"] == 1
    assert stopped["message"] == f"Printer \u201c{QUEUE}\u201d has stopped: check its paper and cable, then retry."
    assert Path(stopped["pdf"]).is_file()
    assert (retried["job"], retried["message"], retried["status"], retried["attempts"], retried["waiting"]) == (
        stopped["job"],
        "",
        "printed",
        2,
        0,
    )

    printed = sorted(cups.out.glob("*.pdf"), key=lambda p: p.stat().st_mtime)
    assert len(printed) == 2, sorted(p.name for p in cups.out.iterdir())
    ticket_w, ticket_h = page_size_mm(printed[0])
    card_size = page_size_mm(printed[1])
    kept_w, kept_h = page_size_mm(Path(ticket["pdf"]))
    # Sizes round to whole points on the way through CUPS: within half a millimetre.
    assert abs(ticket_w - 80) < 0.5 and abs(ticket_h - kept_h) < 0.5 and abs(kept_w - 80) < 0.01
    assert abs(card_size[0] - 85.6) < 0.5 and abs(card_size[1] - 54) < 0.5
    zbarimg = shutil.which("zbarimg")
    if zbarimg:  # the printed ticket still scans at the nurse station
        subprocess.run(
            ["pdftoppm", "-r", "200", "-png", "-singlefile", str(printed[0]), str(tmp_path / "paper")], check=True
        )
        code = subprocess.run(
            [zbarimg, "--raw", "-q", str(tmp_path / "paper.png")], capture_output=True, text=True
        ).stdout.strip()
        with app.db.read() as s:
            assert q.find_by_ticket_token(s, code.removeprefix("QV:")).id == visit_id

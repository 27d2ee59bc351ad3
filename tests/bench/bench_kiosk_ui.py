"""Donor kiosk responsiveness and footprint.

Tap → next screen painted: a donor's whole flow (first-time registration in
Arabic, every question, send, ticket; then a returning donor by card in
French) driven by clicks on the real buttons; each tap that brings another
screen is timed from the click to that screen's first paint, on the wall
clock and in this process's CPU time (on a machine shared with other work,
the wall clock also counts the time others ran), and its CPU median given
per transition ("from→to"). "Send" brings the sending screen; the ticket
follows once the check-in (written on a worker thread) committed: send →
ticket painted is timed apart. The donor takes the printed ticket before
tapping "Finish". Next to it, in
the same process: an empty 1280×800 widget repainted (update → paint).
Typing on the on-screen keyboard is timed the same way (key tap → field painted).

Memory: the idle kiosk (welcome screen, database open, every screen built)
next to a bare Qt window with one label, each measured in a fresh process;
and next to that bare window plus the database layer (SQLAlchemy, the models,
one query), which every station loads and no screen can avoid.

Each measurement runs in a child process (`python -m tests.bench.bench_kiosk_ui
--child NAME`) so the runner's process never holds a QApplication.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


# ------------------------------------------------------------------------------ child processes
class PaintWatch:
    """Knows when a given widget (or anything inside it) has been painted since `arm()`."""

    def __init__(self):
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def __init__(self, owner):
                super().__init__()
                self.owner = owner

            def eventFilter(self, watched, event):
                target = self.owner.target
                if (
                    event.type() == QEvent.Type.Paint
                    and target is not None
                    and (watched is target or (watched.isWidgetType() and target.isAncestorOf(watched)))
                ):
                    self.owner.painted = True
                return False

        self.target = None
        self.painted = False
        self.filter = Filter(self)

    def arm(self, target) -> None:
        from PySide6.QtWidgets import QApplication

        self.target, self.painted = target, False
        QApplication.instance().installEventFilter(self.filter)

    def wait(self, timeout: float = 5.0) -> None:
        from PySide6.QtCore import QCoreApplication

        end = time.perf_counter() + timeout
        while not self.painted:
            QCoreApplication.processEvents()
            if time.perf_counter() > end:
                raise TimeoutError("never painted")
        from PySide6.QtWidgets import QApplication

        QApplication.instance().removeEventFilter(self.filter)


def _child_taps(rounds: int) -> dict:
    from datetime import UTC, date, datetime

    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

    from kiosk.app import App
    from kiosk.domain.validation import DonorDetails
    from kiosk.i18n.qt import LanguageSwitch
    from kiosk.station_settings import StationSettings
    from kiosk.storage import registration
    from kiosk.ui.kiosk_station.window import KioskWindow
    from kiosk.ui.printers import PrintQueue
    from kiosk.ui.qtapp import create_application

    class Printer:
        def print_pdf(self, pdf, printer, kind, title):
            pass

    qapp = create_application(["bench"])
    switch = LanguageSwitch(qapp)
    switch.set_language("ar")
    data = Path(os.environ["KIOSK_DATA_DIR"])
    app = App(f"sqlite:///{data / 'bench.db'}", clock=lambda: datetime(2025, 12, 2, 9, tzinfo=UTC))
    app.open()
    with app.db.write() as s:
        for i in range(rounds):
            donor = registration.create_donor(
                s,
                DonorDetails(
                    sex="M",
                    birth_date=date(1985, 1, 1),
                    first_name_latin="Bench",
                    last_name_latin="Donor",
                    phone="+212661000077",
                ),
                "v1",
                app.now(),
            )
            donor.card_token = f"bench-card-{i}"
    queue = PrintQueue(app, app.station, StationSettings(printers={"ticket": "bench"}), device=Printer())
    window = KioskWindow(app, switch, app.campaign(), connect=False, print_queue=queue, idle_ms=3_600_000)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    window.connect_database()
    for _ in range(20):
        QCoreApplication.processEvents()

    bare = QWidget()
    bare_label = QLabel("Qatra", bare)
    bare.resize(1280, 800)
    bare.show()
    bare_label.show()
    watch = PaintWatch()
    screen_ms: list[float] = []
    screen_cpu_ms: list[float] = []  # this process's CPU time over the same spans: others' work left out
    key_ms: list[float] = []
    empty_ms: list[float] = []

    def empty_repaint() -> None:
        watch.arm(bare)
        started = time.perf_counter()
        bare.update()
        watch.wait()
        empty_ms.append((time.perf_counter() - started) * 1000)

    shown: list[str] = []
    transitions: list[str] = []  # "from→to" of each timed tap, to see which taps make the p95
    checkin_ms: list[float] = []  # "send" → the ticket painted (the check-in is written on a worker thread)
    checkin_cpu_ms: list[float] = []
    window.shown.connect(shown.append)

    def tap(widget, pos=None) -> None:
        """Click and, when the click brings the next screen (another question is
        one too), time it until that screen is painted."""
        shown.clear()
        before = window.current
        watch.arm(None)
        started, cpu = time.perf_counter(), time.process_time()
        if pos is None:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
        if shown:
            watch.target = window.stack.currentWidget()
            watch.wait()
            screen_ms.append((time.perf_counter() - started) * 1000)
            screen_cpu_ms.append((time.process_time() - cpu) * 1000)
            transitions.append(f"{before}→{shown[-1]}")
            if window.current == "sending":  # the ticket follows once the check-in committed
                watch.arm(window.screens.ticket)
                watch.wait()
                checkin_ms.append((time.perf_counter() - started) * 1000)
                checkin_cpu_ms.append((time.process_time() - cpu) * 1000)
        else:
            QCoreApplication.processEvents()
        empty_repaint()

    def key(text: str) -> None:
        field = window.keyboard.target
        at = window.keyboard.key_rect(text).center()
        watch.arm(field)
        started = time.perf_counter()
        QTest.mouseClick(window.keyboard, Qt.MouseButton.LeftButton, pos=at)
        watch.wait()
        key_ms.append((time.perf_counter() - started) * 1000)

    def pick(wheel, value: int) -> None:
        item = wheel.item_for(value)
        wheel.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)
        tap(wheel.viewport(), wheel.visualItemRect(item).center())

    def take_ticket() -> None:
        """A donor takes the printed ticket before tapping "Finish": the print
        thread's PDF is not counted in the next tap's time."""
        end = time.perf_counter() + 10
        while window.screens.ticket.printing == "printing" and time.perf_counter() < end:
            QCoreApplication.processEvents()

    def answer_all() -> None:
        question = window.screens.question
        while window.current == "question":
            tap(question.no)

    for round_ in range(rounds):
        # A first-time donor in Arabic.
        tap(window.welcome.buttons["ar"])
        tap(window.screens.path.new)
        birth = window.screens.birth_date
        pick(birth.picker.years, 1994)
        pick(birth.picker.months, 3)
        pick(birth.picker.days, 14)
        tap(birth.next_button)
        tap(window.screens.consent.accept)
        for char in "فاطمة":
            key(char)
        names = window.screens.names_ar
        tap(names.widgets["last_name_ar"])
        for char in "الزهراء":
            key(char)
        tap(names.next_button)
        tap(window.screens.names_latin.next_button)
        about = window.screens.about
        tap(about.widgets["sex"].choices["F"])
        tap(about.next_button)
        for char in f"JA{100000 + round_}":
            key(char)
        tap(window.screens.contact.next_button)
        tap(window.screens.blood.widgets["blood_group"].choices[""])  # "I don't know"
        tap(window.screens.blood.next_button)
        answer_all()
        tap(window.screens.review.next_button)
        take_ticket()
        tap(window.screens.ticket.next_button)
        # A returning donor with a card, in French.
        tap(window.welcome.buttons["fr"])
        tap(window.screens.path.card)
        scan = window.screens.card.scan
        QTest.keyClicks(scan, f"QC:bench-card-{round_}")
        watch.arm(window.screens.birth_date)
        started, cpu = time.perf_counter(), time.process_time()
        QTest.keyClick(scan, Qt.Key.Key_Return)  # the scanner's Enter: the card is looked up
        assert window.current == "birth_date"
        watch.wait()
        screen_ms.append((time.perf_counter() - started) * 1000)
        screen_cpu_ms.append((time.process_time() - cpu) * 1000)
        transitions.append("card→birth_date")
        birth = window.screens.birth_date
        pick(birth.picker.years, 1985)
        pick(birth.picker.months, 1)
        pick(birth.picker.days, 1)
        tap(birth.next_button)
        tap(window.screens.confirm.yes)
        tap(window.screens.consent.accept)
        answer_all()
        tap(window.screens.review.next_button)
        take_ticket()
        tap(window.screens.ticket.next_button)
    queue.shutdown()
    window.close()
    app.close()
    return {
        "screen_ms": screen_ms,
        "screen_cpu_ms": screen_cpu_ms,
        "key_ms": key_ms,
        "empty_ms": empty_ms,
        "transitions": transitions,
        "checkin_ms": checkin_ms,
        "checkin_cpu_ms": checkin_cpu_ms,
    }


def _settle(seconds: float) -> None:
    from PySide6.QtCore import QCoreApplication

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def _child_idle_kiosk() -> dict:
    from PySide6.QtCore import QCoreApplication

    from kiosk.app import App, remembered_campaign
    from kiosk.i18n.qt import LanguageSwitch
    from kiosk.ui.kiosk_station.window import KioskWindow
    from kiosk.ui.qtapp import create_application  # first, as `kiosk` starts: kiosk.ui tames the binding

    qapp = create_application(["bench"])
    switch = LanguageSwitch(qapp)
    switch.set_language("ar")
    app = App(f"sqlite:///{Path(os.environ['KIOSK_DATA_DIR']) / 'idle.db'}")
    window = KioskWindow(app, switch, remembered_campaign(app.db_url))  # as `kiosk` starts
    ready = []
    window.ready.connect(lambda: ready.append(True))
    window.resize(1280, 800)
    window.show()
    end = time.perf_counter() + 10
    while not ready and time.perf_counter() < end:
        QCoreApplication.processEvents()
    assert ready, "the kiosk never became ready"
    _settle(1.0)
    return {"rss_mb": _rss_mb()}


def _child_bare_window() -> dict:
    from PySide6.QtWidgets import QApplication, QLabel

    qapp = QApplication(["bench"])
    label = QLabel("Qatra")
    label.resize(1280, 800)
    label.show()
    _settle(1.0)
    assert qapp is not None
    return {"rss_mb": _rss_mb()}


def _child_bare_orm() -> dict:
    """The bare window plus the database layer every station loads (SQLAlchemy,
    the models, one session): what no kiosk screen can avoid."""
    from PySide6.QtWidgets import QApplication, QLabel

    import kiosk.ui  # noqa: F401 - as every station: the binding keeps no module source
    from kiosk.app import App

    qapp = QApplication(["bench"])
    app = App(f"sqlite:///{Path(os.environ['KIOSK_DATA_DIR']) / 'idle.db'}")
    app.campaign()
    label = QLabel("Qatra")
    label.resize(1280, 800)
    label.show()
    _settle(1.0)
    assert qapp is not None
    return {"rss_mb": _rss_mb()}


def _child_prepare() -> dict:
    """Create the database (the first start); the idle figure is the everyday start."""
    from kiosk.app import App

    app = App(f"sqlite:///{Path(os.environ['KIOSK_DATA_DIR']) / 'idle.db'}")
    app.campaign()
    app.close()
    return {}


CHILDREN = {
    "taps": _child_taps,
    "idle": _child_idle_kiosk,
    "bare": _child_bare_window,
    "bare_orm": _child_bare_orm,
    "prepare": _child_prepare,
}


def _child(name: str, *args: str, data: str | None = None) -> dict:
    with tempfile.TemporaryDirectory(prefix="qatra-bench-") as temp:
        env = dict(
            os.environ, KIOSK_DATA_DIR=data or temp, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen")
        )
        env.pop("KIOSK_DB", None)
        done = subprocess.run(
            [sys.executable, "-m", "tests.bench.bench_kiosk_ui", "--child", name, *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    if done.returncode != 0:
        raise RuntimeError(f"bench child {name} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------------------ the runner's side
def run(quick: bool) -> dict[str, float]:
    taps = _child("taps", "1" if quick else "3")
    screen, key, empty = taps["screen_ms"], taps["key_ms"], taps["empty_ms"]
    by_transition: dict[str, list[float]] = {}
    for name, cpu in zip(taps["transitions"], taps["screen_cpu_ms"], strict=True):
        by_transition.setdefault(name, []).append(cpu)
    rounds = 2 if quick else 5
    with tempfile.TemporaryDirectory(prefix="qatra-bench-idle-") as data:
        _child("prepare", data=data)
        idle = [_child("idle", data=data)["rss_mb"] for _ in range(rounds)]
        bare_orm = [_child("bare_orm", data=data)["rss_mb"] for _ in range(rounds)]
    bare = [_child("bare")["rss_mb"] for _ in range(rounds)]
    idle_mb, bare_mb, orm_mb = statistics.median(idle), statistics.median(bare), statistics.median(bare_orm)
    return {
        "screen_changes": float(len(screen)),
        "tap_to_screen_median_ms": statistics.median(screen),
        "tap_to_screen_p95_ms": _percentile(screen, 0.95),
        "tap_to_screen_max_ms": max(screen),
        "tap_to_screen_cpu_median_ms": statistics.median(taps["screen_cpu_ms"]),
        "tap_to_screen_cpu_p95_ms": _percentile(taps["screen_cpu_ms"], 0.95),
        "empty_repaint_median_ms": statistics.median(empty),
        "empty_repaint_p95_ms": _percentile(empty, 0.95),
        "tap_to_screen_p95_ratio": _percentile(screen, 0.95) / statistics.median(empty),
        "send_to_ticket_median_ms": statistics.median(taps["checkin_ms"]),
        "send_to_ticket_max_ms": max(taps["checkin_ms"]),
        "send_to_ticket_cpu_median_ms": statistics.median(taps["checkin_cpu_ms"]),
        **{f"tap_cpu_median_ms {name}": statistics.median(cpu) for name, cpu in sorted(by_transition.items())},
        "key_to_field_median_ms": statistics.median(key),
        "key_to_field_p95_ms": _percentile(key, 0.95),
        "idle_kiosk_rss_mb": idle_mb,
        "bare_qt_window_rss_mb": bare_mb,
        "idle_rss_ratio": idle_mb / bare_mb,
        "bare_window_with_database_rss_mb": orm_mb,
        "idle_vs_window_with_database_ratio": idle_mb / orm_mb,
    }


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        print(json.dumps(CHILDREN[sys.argv[2]](*(int(a) for a in sys.argv[3:]))))
        os._exit(0)  # skip interpreter teardown: only the figures matter here
    for name, value in run(quick="--quick" in sys.argv).items():
        print(f"{name:28} {value:12.3f}")

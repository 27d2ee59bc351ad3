"""Nurse station and display board: how fast a change elsewhere reaches them, what
a refresh costs, and what watching costs while nothing happens.

One campaign day with a few hundred donors in the queue. A second engine on
the same SQLite file (another station) calls donors; the time from its commit
to the nurse station's list and the board showing the call is measured, next
to the watcher's own poll interval (the floor of that delay). A refresh (the
nurse list in one read and the model updated in place) is timed next to a
bare read of the board snapshot. Idle cost: database reads per second per station, from the watcher's
own count.

Runs in a child process (`python -m tests.bench.bench_staff_screens --child`)
so the runner's process never holds a QApplication.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MORNING = datetime(2025, 12, 2, 9, 30, tzinfo=UTC)


def _wait(condition, timeout: float = 5.0) -> float:
    from PySide6.QtCore import QCoreApplication

    start = time.perf_counter()
    while not condition():
        if time.perf_counter() - start > timeout:
            raise TimeoutError("the screens never showed the change")
        QCoreApplication.processEvents()
        time.sleep(0.001)
    return time.perf_counter() - start


def _child(quick: bool) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from devtools import demo
    from kiosk.app import App
    from kiosk.domain.staff import Actor
    from kiosk.storage import campaigns
    from kiosk.storage import queue as q
    from kiosk.ui.board.window import BoardWindow
    from kiosk.ui.live import POLL_MS
    from kiosk.ui.nurse.context import NurseSettings
    from kiosk.ui.nurse.window import NurseWindow
    from kiosk.ui.nurse.words import Words
    from kiosk.ui.qtapp import create_application

    create_application()
    donors, calls = (120, 8) if quick else (400, 25)
    with tempfile.TemporaryDirectory() as temp:
        os.environ["KIOSK_DATA_DIR"] = temp
        path = Path(temp) / "bench.db"
        clock = demo.Clock(MORNING)
        staff = demo.staffed_database(path, clock)
        app = App(f"sqlite:///{path}", clock=clock)
        demo.check_in(app, donors, minutes_apart=0.2)
        other = App(f"sqlite:///{path}", clock=clock)  # the station that calls
        nurse = NurseWindow(app, NurseSettings(booth=1), words=Words("fr"))
        nurse.resize(1366, 768)
        nurse.show()
        nurse.sign_in.choose(staff["nurse"])
        nurse.sign_in.pin.setText("2468")
        nurse.sign_in.submit()
        while nurse.sign_in.check.busy:  # the PIN is checked off the GUI thread
            QCoreApplication.processEvents()
            time.sleep(0.005)
        board = BoardWindow(App(f"sqlite:///{path}", clock=clock))
        board.resize(1920, 1080)
        board.show()
        board.start()
        with other.db.read() as session:
            campaign_id = campaigns.active_campaign(session).id
        caller = Actor("nurse-9", staff["doctor"], "doctor", "bench")
        model = nurse.queue.model

        to_nurse, to_board = [], []
        for booth in range(2, 2 + calls):
            with other.db.write() as session:
                visit_id = q.call_next(session, campaign_id, other.today(), booth, actor=caller, now=clock()).id
            committed = time.perf_counter()

            def nurse_shows(visit_id=visit_id, booth=booth) -> bool:
                row = model.row_of(visit_id)
                return row is not None and model.row_at(row).booth == booth

            _wait(nurse_shows)
            to_nurse.append(time.perf_counter() - committed)
            _wait(lambda booth=booth: board.rows[0].booth.text() == str(booth))
            to_board.append(time.perf_counter() - committed)
            clock.advance(seconds=20)

        # A refresh: the nurse list read and the model diffed, next to a bare board snapshot.
        refresh, snapshot = [], []
        for _ in range(10 if quick else 30):
            started = time.perf_counter()
            nurse.reload()
            refresh.append(time.perf_counter() - started)
            started = time.perf_counter()
            with app.db.read() as session:
                q.board(session, campaign_id, app.today(), app.now())
            snapshot.append(time.perf_counter() - started)

        # Idle: reads per second per station while nothing changes.
        idle = 3.0 if quick else 6.0
        before = (nurse.feed.watcher.queries, board.feed.watcher.queries)
        end = time.perf_counter() + idle
        while time.perf_counter() < end:
            QCoreApplication.processEvents()
            time.sleep(0.01)
        after = (nurse.feed.watcher.queries, board.feed.watcher.queries)

        nurse.close()
        board.close()
        for application in (app, other, board.app):
            application.close()

    def ms(samples: list[float]) -> float:
        return statistics.median(samples) * 1000

    return {
        "queue_waiting": float(donors),
        "call_to_nurse_list_ms_median": ms(to_nurse),
        "call_to_nurse_list_ms_max": max(to_nurse) * 1000,
        "call_to_board_ms_median": ms(to_board),
        "call_to_board_ms_max": max(to_board) * 1000,
        "poll_interval_ms (baseline)": float(POLL_MS),
        "nurse_refresh_ms": ms(refresh),
        "board_snapshot_ms (baseline)": ms(snapshot),
        "nurse_refresh_vs_board_snapshot": ms(refresh) / ms(snapshot),
        "idle_reads_per_s_nurse": (after[0] - before[0]) / idle,
        "idle_reads_per_s_board": (after[1] - before[1]) / idle,
    }


def run(quick: bool) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.bench_staff_screens", "--child", str(int(quick))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if done.returncode != 0:
        raise RuntimeError(f"staff screen benchmark failed:\n{done.stderr[-4000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        print(json.dumps(_child(bool(int(sys.argv[2])))))
    else:
        for key, value in run(quick="--quick" in sys.argv).items():
            print(f"{key:<36} {value:10.3f}")

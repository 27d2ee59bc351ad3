"""The start-up damage check and the backup on the 1,000,000-donor database.

`PRAGMA quick_check` runs at every station start and every command that opens
the database (kiosk.storage.db.open_database); if it cost more than a second it
would have to wait until after the first paint. Baseline in the same run:
reading the whole file once (what any check must at least do), and opening
through `App.open()` with the check next to a bare `sqlite3.connect`.
The backup (online backup API, then integrity_check on the copy) runs in a
worker thread every ten minutes; its figure says how long that thread works.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from tests.bench.bench_foundation import build


def timed(work, rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def run(quick: bool) -> dict[str, float]:
    from kiosk.app import App
    from kiosk.storage import backup

    donors, visits, rounds = (100_000, 10_000, 3) if quick else (1_000_000, 100_000, 5)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        build(path, donors, visits)

        def quick_check() -> None:
            con = sqlite3.connect(path)
            assert con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            con.close()

        def read_file() -> None:
            with open(path, "rb") as handle:
                while handle.read(1 << 20):
                    pass

        def app_open() -> None:
            app = App(f"sqlite:///{path}")
            app.open()
            app.close()

        def bare_open() -> None:
            con = sqlite3.connect(path)
            con.execute("SELECT count(*) FROM campaign").fetchone()
            con.close()

        figures = {
            "donors": float(donors),
            "db_mb": path.stat().st_size / 1e6,
            "quick_check_ms": timed(quick_check, rounds),
            "read_file_ms": timed(read_file, rounds),
        }
        figures["quick_check_ratio"] = figures["quick_check_ms"] / figures["read_file_ms"]
        figures["app_open_ms"] = timed(app_open, rounds)
        figures["bare_open_ms"] = timed(bare_open, rounds)
        figures["backup_checked_ms"] = timed(lambda: backup.backup(f"sqlite:///{path}", Path(tmp) / "b", keep=1), 2)
    return figures

"""Exchange figures: loading the centre's register (1,000,000 CSV rows) and
exporting then importing a bundle of 100,000 visits, in rows per second, each
next to raw `sqlite3.executemany` of the same rows into the same schema in the
same run (the import checks every row and merges; raw only inserts).
"""

from __future__ import annotations

import csv
import shutil
import sqlite3
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from kiosk.domain.register import REQUIRED

NOW = datetime(2025, 12, 2, 9, tzinfo=UTC)
AS_OF = date(2025, 12, 1)
HEADER = list(REQUIRED)  # the register file's columns, as the import reads them
GROUPS = ["O+", "A+", "B+", "AB+", "O-", "A-", ""]


def empty_database(path: Path) -> None:
    """The schema through the migrations (and the bundled campaigns), nothing else."""
    from kiosk.app import App

    app = App(f"sqlite:///{path}", clock=lambda: NOW)
    app.open()
    app.close()


def write_register(path: Path, rows: int) -> None:
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        for i in range(rows):
            gave = i % 3 != 0
            deferred = i % 100 == 0
            writer.writerow(
                [
                    f"{'ABCDEFGHJK'[i // 100_000 % 10]}{'LMNPRSTVWZ'[i // 1_000_000 % 10]}{i % 1_000_000:06d}",
                    "Alaoui",
                    "Youssef" if i % 2 else "Khadija",
                    "العلوي",
                    "يوسف" if i % 2 else "خديجة",
                    "M" if i % 2 else "F",
                    f"19{60 + i % 40}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                    GROUPS[i % len(GROUPS)],
                    f"2025-{1 + i % 11:02d}-{1 + i % 28:02d}" if gave else "",
                    "whole_blood" if gave else "",
                    str(1 + i % 3) if gave else "",
                    "2026-03-01" if deferred else "",
                    "",
                    "haemoglobin" if deferred else "",
                ]
            )


def load_register(db_path: Path, csv_path: Path) -> float:
    from kiosk.domain import register
    from kiosk.storage import exchange_register
    from kiosk.storage.db import Database

    db = Database(f"sqlite:///{db_path}")
    started = time.perf_counter()
    with register.open_register(csv_path) as stream, db.write() as session:
        report = exchange_register.merge_register(session, register.rows(stream, AS_OF), now=NOW, as_of=AS_OF)
    elapsed = time.perf_counter() - started
    db.dispose()
    assert not report.conflicts, report.conflicts[:3]
    return elapsed


def raw_register(db_path: Path, csv_path: Path) -> float:
    """The same rows read with `csv` and inserted as they are, in one transaction:
    each donor, and the register's word on their past (the rows an import writes)."""
    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    started = time.perf_counter()
    with open(csv_path, encoding="utf-8", newline="") as stream:
        reader = csv.reader(stream)
        next(reader)
        rows = list(reader)
    first = (con.execute("SELECT max(id) FROM donor").fetchone()[0] or 0) + 1
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO donor (id, uuid, number, card_token, cin, last_name_latin, first_name_latin, last_name_ar,"
        " first_name_ar, sex, birth_date, blood_group, language, consent_at, consent_version, created_at,"
        " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,'ar','2025-12-01 00:00:00.000000','r',"
        "'2025-12-01 00:00:00.000000','2025-12-01 00:00:00.000000')",
        (
            (first + i, r[0], r[0], r[0], r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] or None)
            for i, r in enumerate(rows)
        ),
    )
    con.executemany(
        "INSERT INTO donor_register (donor_id, as_of, last_day, last_kind, count_12m) VALUES (?,'2025-12-01',?,?,?)",
        ((first + i, r[8], r[9], int(r[10])) for i, r in enumerate(rows) if r[8]),
    )
    con.execute("COMMIT")
    elapsed = time.perf_counter() - started
    con.close()
    return elapsed


def fill_visits(path: Path, donors: int, visits: int) -> list[tuple]:
    """Donors and visits written raw into a migrated database; the visit rows, for the baseline."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    campaign_id = con.execute("SELECT id FROM campaign WHERE demo").fetchone()[0]
    stamp = "2025-12-02 09:00:00.000000"
    donor_rows = [
        (
            str(uuid.uuid4()),
            f"QTR-{i + 1:06d}",
            f"tok{i:012d}",
            f"B{i:06d}",
            "Donor",
            "Bench",
            "MF"[i % 2],
            "1990-01-01",
            "ar",
            stamp,
            "v1",
            stamp,
            stamp,
        )
        for i in range(donors)
    ]
    con.executemany(
        "INSERT INTO donor (uuid, number, card_token, cin, first_name_latin, last_name_latin, sex, birth_date,"
        " language, consent_at, consent_version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        donor_rows,
    )
    visit_rows = [
        (
            str(uuid.uuid4()),
            campaign_id,
            1 + i % donors,
            f"2025-12-{1 + i // 50_000:02d}",
            "donated",
            1,
            0,
            stamp,
            stamp,
        )
        for i in range(visits)
    ]
    con.executemany(
        "INSERT INTO visit (uuid, campaign_id, donor_id, day, status, call_count, needs_staff, waiting_at, donated_at)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
        visit_rows,
    )
    con.commit()
    con.close()
    return [("donor", donor_rows), ("visit", visit_rows)]


def raw_visits(path: Path, rows: list) -> float:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    started = time.perf_counter()
    con.execute("BEGIN")
    (_, donors), (_, visits) = rows
    con.executemany(
        "INSERT INTO donor (uuid, number, card_token, cin, first_name_latin, last_name_latin, sex, birth_date,"
        " language, consent_at, consent_version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        donors,
    )
    con.executemany(
        "INSERT INTO visit (uuid, campaign_id, donor_id, day, status, call_count, needs_staff, waiting_at, donated_at)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
        visits,
    )
    con.execute("COMMIT")
    elapsed = time.perf_counter() - started
    con.close()
    return elapsed


def bundle_round(source: Path, target: Path) -> tuple[float, float, int]:
    """Export every record of `source` to a peer, then import it into `target`: seconds each, bundle bytes."""
    from kiosk.domain.sites import DEMO
    from kiosk.storage import exchange, exchange_keys
    from kiosk.storage.db import Database
    from kiosk.storage.exchange_bundle import build, read

    here = exchange_keys.StationKeys(*_pair(), str(DEMO))
    there = exchange_keys.StationKeys(*_pair(), "CENTRE/centre")
    db = Database(f"sqlite:///{source}")
    started = time.perf_counter()
    with db.read() as session:
        records = exchange.collect(session)
    data, _counts = build(records, keys=here, site=str(DEMO), peer_name="centre", peer=there.public, period={}, now=NOW)
    export = time.perf_counter() - started
    db.dispose()
    db = Database(f"sqlite:///{target}")
    started = time.perf_counter()
    _opened, records = read(data, there, {"laptop": here.public})
    with db.write() as session:
        report = exchange.merge(session, records, now=NOW)
    imported = time.perf_counter() - started
    db.dispose()
    assert report.added.get("visit") == len(records["visit"]), report.added
    return export, imported, len(data)


def _pair():
    from nacl.public import PrivateKey
    from nacl.signing import SigningKey

    return SigningKey.generate(), PrivateKey.generate()


def run(quick: bool) -> dict[str, float]:
    register_rows = 50_000 if quick else 1_000_000
    visits, donors = (10_000, 5_000) if quick else (100_000, 50_000)
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template = folder / "empty.db"
        empty_database(template)

        csv_path = folder / "register.csv"
        write_register(csv_path, register_rows)
        shutil.copy(template, folder / "register.db")
        shutil.copy(template, folder / "raw-register.db")
        ours = load_register(folder / "register.db", csv_path)
        raw = raw_register(folder / "raw-register.db", csv_path)
        figures["register rows"] = register_rows
        figures["register import rows/s"] = register_rows / ours
        figures["register raw executemany rows/s"] = register_rows / raw
        figures["register import / raw (x)"] = ours / raw

        shutil.copy(template, folder / "a.db")
        rows = fill_visits(folder / "a.db", donors, visits)
        shutil.copy(template, folder / "b.db")
        shutil.copy(template, folder / "raw-b.db")
        export, imported, size = bundle_round(folder / "a.db", folder / "b.db")
        raw = raw_visits(folder / "raw-b.db", rows)
        figures["bundle visits"] = visits
        figures["bundle MB"] = size / 1e6
        figures["bundle export visits/s"] = visits / export
        figures["bundle import visits/s"] = visits / imported
        figures["bundle raw executemany visits/s"] = visits / raw
        figures["bundle import / raw (x)"] = imported / raw
        figures["bundle export+import / raw (x)"] = (export + imported) / raw
    return figures

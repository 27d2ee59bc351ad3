"""`kiosk backup`, `kiosk backup list`, `kiosk restore` and the backups' rotation."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta

import pytest

from kiosk import cli
from kiosk.app import App
from kiosk.storage import backup, faults
from kiosk.storage.faults import StorageFault
from tests.conftest import CAMPAIGN_MORNING
from tests.safety.helpers import damage_middle_page, digest, register

WRITER = textwrap.dedent("""
    import sys
    from datetime import datetime, UTC
    from kiosk.app import App
    from tests.safety.helpers import register
    app = App(sys.argv[1], clock=lambda: datetime(2025, 12, 2, 9, tzinfo=UTC))
    app.open()
    print("ready", flush=True)
    for i in range(100000):
        print(register(app, 10000 + i), flush=True)
""")


@pytest.fixture
def made(db_url):
    app = App(db_url, clock=lambda: CAMPAIGN_MORNING)
    app.open()
    for i in range(20):
        register(app, i)
    app.close()
    return db_url


def count(path, table="donor"):
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def test_a_backup_while_a_kiosk_registers_is_whole_checked_private_and_anonymous(made, tmp_path, capsys):
    writer = subprocess.Popen([sys.executable, "-c", WRITER, made], stdout=subprocess.PIPE, text=True, cwd=os.getcwd())
    try:
        assert writer.stdout.readline().strip() == "ready"
        writer.stdout.readline()
        folder = tmp_path / "usb" / "qatra"
        assert cli.main(["backup", "--to", str(folder), "--db", made]) == 0
        writer.stdout.readline()  # the kiosk went on registering during the copy
    finally:
        writer.kill()
        writer.wait()
        writer.stdout.close()
    assert "sauvegarde écrite et vérifiée : " in capsys.readouterr().out
    (copy,) = folder.iterdir()
    assert backup.NAME.match(copy.name)  # the time only: no name, no place, no CIN
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600 and stat.S_IMODE(folder.stat().st_mode) == 0o700
    con = sqlite3.connect(copy)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    assert count(copy) >= 20


def test_backups_are_rotated_and_listed(made, tmp_path, capsys):
    folder = tmp_path / "backups"
    start = datetime(2025, 12, 2, 9, tzinfo=UTC)
    for minutes in range(0, 60, 10):
        backup.backup(made, folder, keep=4, now=start + timedelta(minutes=minutes))
    kept = backup.list_backups(folder)
    assert [item.taken_at.minute for item in kept] == [50, 40, 30, 20]
    assert cli.main(["backup", "list", "--to", str(folder)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4 and "qatra-20251202T095000Z.db" in lines[0]


def test_the_backup_folder_and_how_many_are_kept_come_from_station_toml(made, tmp_path, capsys):
    from kiosk import station_settings

    folder = tmp_path / "stick"
    station_settings.save(station_settings.StationSettings(backup_folder=str(folder), backup_keep=2))
    for _ in range(3):
        assert cli.main(["backup", "--db", made]) == 0
    assert len(backup.list_backups(folder)) == 2
    assert station_settings.load().backup_every_minutes == 10


def test_restore_refuses_while_a_station_runs_then_keeps_the_damaged_file_aside(made, tmp_path, capsys):
    path = tmp_path / "kiosk.db"
    copy = backup.backup(made, tmp_path / "backups")
    app = App(made, clock=lambda: CAMPAIGN_MORNING)
    app.open()
    register(app, 500)  # after the backup: lost by a restore, but kept in the file set aside
    lock = backup.hold_station_lock(made)
    assert cli.main(["restore", str(copy), "--db", made]) == 1
    err = capsys.readouterr().err
    assert "utilisent encore" in err and err.count("\n") == 1
    lock.close()
    assert cli.main(["restore", str(copy), "--db", made]) == 1  # the station's connection is still open
    assert "SQLite" in capsys.readouterr().err
    app.close()

    damage_middle_page(path)
    damaged = digest(path)
    assert cli.main(["restore", str(copy), "--db", made]) == 0
    out = capsys.readouterr().out
    (aside,) = tmp_path.glob("kiosk.db.replaced-*[0-9]Z")
    assert digest(aside) == damaged and str(aside) in out
    app = App(made, clock=lambda: CAMPAIGN_MORNING)
    app.open()
    assert count(path) == 20
    register(app, 501)
    app.close()


def test_restore_refuses_a_file_that_is_not_a_good_backup(made, tmp_path, capsys):
    bad = tmp_path / "qatra-20251202T090000Z.db"
    bad.write_bytes(b"not a database")
    before = digest(tmp_path / "kiosk.db")
    assert cli.main(["restore", str(bad), "--db", made]) == 1
    assert "n’est pas une sauvegarde" in capsys.readouterr().err
    assert digest(tmp_path / "kiosk.db") == before


def test_a_damaged_database_gives_no_backup(db_url, tmp_path, capsys):
    app = App(db_url, clock=lambda: CAMPAIGN_MORNING)
    app.open()
    for i in range(300):
        register(app, i)
    app.close()
    damage_middle_page(tmp_path / "kiosk.db")
    folder = tmp_path / "backups"
    with pytest.raises(StorageFault) as failed:
        backup.backup(db_url, folder)
    assert failed.value.code == faults.BACKUP_FAILED
    assert not list(folder.iterdir())  # no half or bad copy left to restore from by mistake


def test_postgresql_without_pg_dump_says_so(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(backup.shutil, "which", lambda _name: None)
    assert cli.main(["backup", "--to", str(tmp_path), "--db", "postgresql+psycopg://h/qatra"]) == 1
    assert "pg_dump" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("fr", "La restauration d’une base PostgreSQL demande pg_restore, introuvable sur cette machine"),
        ("ar", "يتطلب استرجاع قاعدة PostgreSQL برنامج pg_restore غير الموجود في هذا الجهاز"),
    ],
)
def test_restoring_postgresql_without_pg_restore_says_so_in_one_line(monkeypatch, tmp_path, capsys, lang, said):
    monkeypatch.setenv("KIOSK_LANG", lang)
    monkeypatch.setattr(backup.shutil, "which", lambda _name: None)
    dump = tmp_path / "qatra-20251202T091500Z.dump"
    dump.write_bytes(b"PGDMP" + bytes(100))
    assert cli.main(["restore", str(dump), "--db", "postgresql+psycopg://qatra:secret@127.0.0.1:9/qatra"]) == 1
    err = capsys.readouterr().err
    assert said in err and err.count("\n") == 1 and "Traceback" not in err and "secret" not in err


def test_restoring_postgresql_from_a_file_that_is_no_dump_changes_nothing(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(backup.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(backup.subprocess, "run", lambda *a, **k: pytest.fail("nothing may run"))
    sqlite_copy = tmp_path / "qatra-20251202T091500Z.db"
    sqlite_copy.write_bytes(b"SQLite format 3\x00" + bytes(100))
    assert cli.main(["restore", str(sqlite_copy), "--db", "postgresql+psycopg://h:9/qatra"]) == 1
    err = capsys.readouterr().err
    assert "n’est pas une sauvegarde Qatra intacte" in err and err.count("\n") == 1

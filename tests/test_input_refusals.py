"""Input that once ended in a traceback, or was stored as given: each is refused
with one clear line and a non-zero exit, and the database is left as it was."""

from __future__ import annotations

import json
import re
import sqlite3
import time
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.cli import main

TAZA = (paths.CAMPAIGNS / "taza.toml").read_text(encoding="utf-8")


@pytest.fixture
def database(tmp_path, monkeypatch) -> tuple[str, Path]:
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    path = tmp_path / "kiosk.db"
    url = f"sqlite:///{path}"
    assert main(["campaign", "list", "--db", url]) == 0  # a station's database, bundled campaigns seeded
    return url, path


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


def refused(capsys, args: list[str], path: Path | None = None) -> str:
    """Run `kiosk ARGS`: a non-zero exit, one line on stderr, the database unchanged."""
    before = dump(path) if path else None
    capsys.readouterr()
    assert main(args) != 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err[:500]
    if path:
        assert dump(path) == before
    return err.strip()


def campaign_file(tmp_path: Path, text: str, name: str = "c.toml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_json_nested_100000_deep_is_not_a_request(tmp_path, capsys):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert "nested too deeply" in refused(capsys, ["assess", str(deep)])


def test_a_binary_file_is_not_a_campaign(database, tmp_path, capsys):
    url, path = database
    binary = tmp_path / "photo.toml"
    binary.write_bytes(bytes(range(256)) * 20)
    assert "not a text file" in refused(capsys, ["campaign", "import", str(binary), "--db", url], path)


def test_a_date_time_is_not_a_campaign_day(database, tmp_path, capsys):
    url, path = database
    text = re.sub(r"first_day = \S+", "first_day = 2023-09-14T10:00:00", TAZA)
    said = refused(capsys, ["campaign", "import", campaign_file(tmp_path, text), "--db", url], path)
    assert said.endswith("first_day: expected a date like 2025-12-02.")


def test_a_campaign_from_year_1_to_9999_is_refused(database, tmp_path, capsys):
    url, path = database
    text = re.sub(
        r"last_day = \S+", "last_day = 9999-12-31", re.sub(r"first_day = \S+", "first_day = 0001-01-01", TAZA)
    )
    said = refused(capsys, ["campaign", "import", campaign_file(tmp_path, text), "--db", url], path)
    assert "first_day: a day from 2000 to 2099" in said
    long = re.sub(r"last_day = \S+", "last_day = 2026-09-14", TAZA)
    said = refused(capsys, ["campaign", "import", campaign_file(tmp_path, long), "--db", url], path)
    assert "a campaign lasts 366 days at most" in said


def test_a_huge_name_neither_imports_nor_replaces_the_campaign(database, tmp_path, capsys):
    url, path = database
    huge = TAZA.replace('fr = "Don du sang', 'fr = "' + "A" * 10_000_000 + " Don du sang", 1)
    said = refused(capsys, ["campaign", "import", campaign_file(tmp_path, huge), "--db", url], path)
    assert "larger than 256 KB, this is not a file Qatra reads" in said
    long = TAZA.replace('fr = "Don du sang', 'fr = "' + "A" * 5_000 + " Don du sang", 1)
    said = refused(capsys, ["campaign", "import", campaign_file(tmp_path, long), "--db", url], path)
    assert "name.fr: 120 characters at most" in said


def test_bidi_overrides_and_controls_are_removed_from_campaign_texts(database, tmp_path, capsys):
    url, path = database
    text = TAZA.replace('slug = "taza"', 'slug = "taza-2"').replace(
        'fr = "Don du sang',
        'fr = "\u202e\u2066Don\\u001b[31m\\u0007 du\u200f sang',
        1,  # TOML escapes for ESC and BEL
    )
    assert main(["campaign", "import", campaign_file(tmp_path, text), "--db", url]) == 0
    assert capsys.readouterr().out.strip() == "imported taza-2"
    with sqlite3.connect(path) as connection:
        (name,) = connection.execute("SELECT name FROM campaign WHERE slug = 'taza-2'").fetchone()
    assert json.loads(name)["fr"] == "Don du sang de la sûreté régionale de Taza"


def test_replacing_a_campaign_says_so(database, tmp_path, capsys):
    url, _ = database
    assert main(["campaign", "import", campaign_file(tmp_path, TAZA), "--db", url]) == 0
    assert capsys.readouterr().out.startswith("updated taza (it replaced")


def test_numbers_beyond_any_row_id_name_nothing(database, tmp_path, capsys):
    url, path = database
    out = str(tmp_path / "card.pdf")
    said = refused(capsys, ["print", "card", "--donor", "QTR-99999999999999999999999", "--db", url, "--out", out], path)
    assert said == "kiosk print: QTR-99999999999999999999999: This donor no longer exists."
    said = refused(capsys, ["print", "ticket", "--visit", "99999999999999999999999", "--db", url, "--out", out], path)
    assert said.startswith("kiosk print: visit 99999999999999999999999: ")
    said = refused(capsys, ["staff", "disable", "99999999999999999999999", "--db", url], path)
    assert said.startswith("kiosk staff: This staff member cannot sign in any more.")


def test_escape_sequences_never_reach_a_staff_name(database, monkeypatch, capsys):
    url, path = database
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("4827\n"))
    assert (
        main(
            [
                "staff",
                "add",
                "--name",
                "\x1b[31mRed\x1b[0m Nurse\x07\u202e",
                "--role",
                "nurse",
                "--pin-stdin",
                "--db",
                url,
            ]
        )
        == 0
    )
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT name FROM staff").fetchall() == [("Red Nurse",)]
    capsys.readouterr()
    assert main(["staff", "list", "--db", url]) == 0
    assert "\x1b" not in capsys.readouterr().out


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "0"])
def test_a_minute_that_is_no_length_is_refused_at_once(capsys, value):
    started = time.monotonic()
    said = refused(capsys, ["simulate", "--minute-ms", value])
    assert "--minute-ms must be a number of milliseconds" in said
    assert time.monotonic() - started < 5  # it ran the whole day first (43 s)


def test_the_simulation_refuses_a_database_that_holds_anything(database, monkeypatch, capsys):
    url, path = database  # staff and campaigns, no donor yet
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("4827\n"))
    assert main(["staff", "add", "--name", "Amina", "--role", "nurse", "--pin-stdin", "--db", url]) == 0
    said = refused(capsys, ["simulate", "--db", url, "--donors", "2"], path)
    assert "needs an empty database" in said


def test_the_command_line_refuses_in_the_operator_s_language(database, monkeypatch, capsys):
    url, path = database
    monkeypatch.setenv("LC_ALL", "fr_MA.UTF-8")
    said = refused(capsys, ["staff", "disable", "424242", "--db", url], path)
    assert said == "kiosk staff: Ce membre du personnel ne peut plus se connecter.  (kiosk staff list --all)"

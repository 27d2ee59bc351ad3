"""`kiosk print` and `kiosk printers` as an organiser uses them, and the station settings file."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import date

import pytest

from kiosk import station_settings
from kiosk.cli import main
from kiosk.domain.eligibility import default_pack
from kiosk.domain.staff import Actor
from kiosk.domain.validation import DonorDetails
from kiosk.domain.visits import Vitals
from kiosk.station_settings import SettingsError, StationSettings
from kiosk.storage import campaigns, registration
from kiosk.storage import queue as q
from kiosk.storage.models import Staff

DAY = date(2025, 12, 2)
MM = 72 / 25.4


def need(tool: str) -> str:
    found = shutil.which(tool)
    if not found:
        pytest.skip(f"{tool} is not installed (Debian package poppler-utils)")
    return found


def page_mm(path) -> tuple[float, float]:
    out = subprocess.run([need("pdfinfo"), str(path)], capture_output=True, text=True, check=True).stdout
    w, h = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", out).groups()
    return round(float(w) / MM, 1), round(float(h) / MM, 1)


def text_of(path) -> str:
    """What a reader copies out of the PDF (Arabic letters back to their plain forms, no bidi marks)."""
    out = subprocess.run([need("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", unicodedata.normalize("NFKC", out))


@pytest.fixture
def world(app):
    """A donor who gave (visit 1) and one the kiosk deferred (visit 2, no ticket)."""
    now = app.now()
    with app.db.write() as s:
        campaign = campaigns.active_campaign(s)
        salma = registration.create_donor(
            s,
            DonorDetails(
                sex="F",
                birth_date=date(1994, 3, 8),
                first_name_latin="Salma",
                last_name_latin="Benjelloun",
                first_name_ar="سلمى",
                last_name_ar="بنجلون",
                cin="BK123456",
                blood_group="A-",
                language="fr",
            ),
            "v1",
            now,
        )
        omar = registration.create_donor(
            s,
            DonorDetails(
                sex="M", birth_date=date(1985, 1, 2), first_name_latin="Omar", last_name_latin="Tazi", cin="K55555"
            ),
            "v1",
            now,
        )
        kiosk = Actor.station_only("kiosk-1")
        gave = q.join_queue(
            s,
            campaign,
            salma,
            DAY,
            actor=kiosk,
            now=now,
            outcome="eligible",
            until=None,
            reasons=[],
            pack=default_pack().ref,
            answers={},
        )
        deferred = q.join_queue(
            s,
            campaign,
            omar,
            DAY,
            actor=kiosk,
            now=now,
            outcome="permanent",
            until=None,
            reasons=["hiv"],
            pack=default_pack().ref,
            answers={},
        )
        staff = Staff(name="Dr Nadia Alaoui", role="doctor", pin_hash="-", created_at=now)
        s.add(staff)
        s.flush()
        doctor = Actor("nurse-1", staff.id, "doctor", staff.name)
        q.call_next(s, campaign.id, DAY, 1, actor=doctor, now=now)
        q.start_interview(s, gave.id, actor=doctor, now=now)
        q.record_vitals(s, gave.id, Vitals(60, 13.0, 118, 76), default_pack(), actor=doctor, now=now)
        q.record_donation(s, gave.id, volume_ml=450, bag_number="G123 498 654 321 H", actor=doctor, now=now)
        return {"gave": gave.id, "deferred": deferred.id, "salma": salma.number, "omar": omar.number}


@pytest.mark.parametrize("kind, size", [("ticket", 80.0), ("card", (85.6, 54.0)), ("certificate", (148.0, 210.0))])
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_sample_documents_for_review(tmp_path, capsys, kind, size, lang):
    out = tmp_path / f"{kind}-{lang}.pdf"
    assert main(["print", kind, "--sample", "--lang", lang, "--out", str(out)]) == 0
    assert f"wrote {out} ({kind}, {lang}," in capsys.readouterr().out
    width_height = page_mm(out)
    assert (width_height[0] if kind == "ticket" else width_height) == size
    if kind != "ticket":
        assert "QTR-000123" in text_of(out)  # the demo donor


def test_real_documents_from_the_database(app, world, db_url, tmp_path, capsys):
    ticket, card, certificate = tmp_path / "t.pdf", tmp_path / "c.pdf", tmp_path / "a.pdf"
    assert (
        main(["print", "ticket", "--visit", str(world["gave"]), "--db", db_url, "--lang", "ar", "--out", str(ticket)])
        == 0
    )
    assert main(["print", "card", "--donor", world["salma"], "--db", db_url, "--out", str(card)]) == 0
    assert main(["print", "certificate", "--visit", str(world["gave"]), "--db", db_url, "--out", str(certificate)]) == 0
    said = capsys.readouterr().out
    assert "(ticket, ar," in said and "(card, fr," in said and "(certificate, fr," in said  # else the donor's language
    assert "001" in text_of(ticket) and "خريبكة" in text_of(ticket)
    assert world["salma"] in text_of(card) and "Salma Benjelloun" in text_of(card)
    words = text_of(certificate)
    assert "BK123456" in words and "Dr Nadia Alaoui" in words and "2 décembre 2025" in words
    assert page_mm(card) == (85.6, 54.0)


@pytest.mark.parametrize(
    "args, message",
    [
        (["ticket", "--visit", "99"], "visit 99: This visit no longer exists."),
        (["ticket", "--visit", "{deferred}"], "visit {deferred}: This visit has no ticket to print."),
        (["certificate", "--visit", "{deferred}"], "visit {deferred}: A certificate needs a recorded donation."),
        (["card", "--donor", "QTR-000099"], "QTR-000099: This donor no longer exists."),
        (["card", "--donor", "Salma"], "'Salma' is not a donor number (e.g. QTR-123"),
        (["ticket", "--donor", "{salma}"], "a ticket is printed for a visit: use --visit ID"),
    ],
)
def test_what_cannot_be_printed_is_said_plainly(world, db_url, tmp_path, capsys, monkeypatch, args, message):
    monkeypatch.setenv("LC_ALL", "C.UTF-8")  # the command line speaks the operator's locale
    args = [a.format(**world) for a in args]
    out = tmp_path / "x.pdf"
    assert main(["print", *args, "--db", db_url, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kiosk print: ") and message.format(**world).replace("QTR-123", "QTR-000123") in err
    assert not out.exists()


def test_printers_set_clear_and_list_keep_the_machine_s_choice(capsys):
    assert main(["printers", "set", "ticket", "Qatra_Test_Thermal"]) == 0
    assert main(["printers", "set", "certificate", "Qatra_Test_Laser"]) == 0
    said = capsys.readouterr()
    assert "ticket -> Qatra_Test_Thermal; saved in" in said.out
    assert "no printer 'Qatra_Test_Laser' on this machine now" in said.err  # a warning, not a refusal
    assert station_settings.load().printers == {"ticket": "Qatra_Test_Thermal", "certificate": "Qatra_Test_Laser"}
    assert main(["printers", "clear", "ticket"]) == 0
    assert main(["printers", "list"]) == 0
    listing = capsys.readouterr().out
    assert re.search(r"^  ticket +\(none: set one with kiosk printers set ticket NAME\)$", listing, re.M)
    assert re.search(r"^  certificate +Qatra_Test_Laser  \(NOT AVAILABLE\)$", listing, re.M)
    assert main(["printers", "test", "ticket"]) == 1
    assert "no printer is set for ticket" in capsys.readouterr().err


def test_the_settings_file_reads_as_it_is_written(tmp_path):
    settings = StationSettings(station="kiosk-hall-a", booth=2, printers={"ticket": "TM-T20II", "card": "Evolis «1»"})
    path = station_settings.save(settings, tmp_path / "station.toml")
    assert station_settings.load(path) == settings
    assert settings.printer_for("certificate") is None and settings.station_name("kiosk") == "kiosk-hall-a"
    assert StationSettings().station_name("nurse-2") == "nurse-2"
    assert station_settings.load(tmp_path / "absent.toml") == StationSettings()
    assert settings.with_printer("card", None).printers == {"ticket": "TM-T20II"}


@pytest.mark.parametrize(
    "content, says",
    [
        ("station = 3\n", "station must be a text"),
        (f'station = "{"tente-principale-" * 3}"\n', "station must be 40 characters at most"),
        ("booth = 0\n", "booth must be a whole number from 1"),
        ('[printers]\nreceipt = "X"\n', "unknown document kind 'receipt'"),
        ("[printers\n", "not a valid TOML file"),
    ],
)
def test_a_broken_settings_file_is_named_and_explained(tmp_path, capsys, content, says):
    path = station_settings.settings_path()
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SettingsError) as error:
        station_settings.load()
    assert str(error.value).startswith(f"{path}: ") and says in str(error.value)
    assert main(["printers", "list"]) == 1
    assert says in capsys.readouterr().err

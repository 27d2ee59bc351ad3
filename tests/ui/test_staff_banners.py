"""What the organiser and nurse stations tell staff about the database and the
backups: the organiser station shows the same storage banner as the nurse
station and retries by itself; a failed automatic backup is a line in the staff's
language naming the folder, cleared when the next backup succeeds."""

from __future__ import annotations

import pytest

from kiosk.app import App
from kiosk.station_settings import StationSettings
from kiosk.storage import db as storage_db
from kiosk.ui import auto_backup
from kiosk.ui.auto_backup import AutoBackup
from kiosk.ui.nurse.context import NurseSettings
from kiosk.ui.nurse.window import NurseWindow
from kiosk.ui.nurse.words import Words
from kiosk.ui.organiser.window import OrganiserWindow
from tests.conftest import CAMPAIGN_MORNING
from tests.safety.helpers import copy_database, damage_middle_page, digest


@pytest.fixture
def template(filled_template_db):
    return filled_template_db


@pytest.fixture
def made(db_url, template):
    copy_database(template, storage_db.Path(db_url.removeprefix("sqlite:///")))
    return db_url


def organiser(qtbot, app, lang="fr") -> OrganiserWindow:
    from kiosk.ui.qtapp import create_application

    create_application()
    window = OrganiserWindow(app, words=Words(lang), poll_ms=50)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize(("lang", "words"), [("fr", "endommagée"), ("ar", "متضررة")])
def test_a_damaged_database_at_the_organiser_station_says_how_to_restore(qtbot, made, lang, words):
    path = storage_db.Path(made.removeprefix("sqlite:///"))
    damage_middle_page(path)
    before = digest(path)
    app = App(made, clock=lambda: CAMPAIGN_MORNING)
    window = organiser(qtbot, app, lang)
    qtbot.waitUntil(window.storage_banner.isVisible, timeout=10_000)
    assert "kiosk restore" in window.storage_banner.text() and words in window.storage_banner.text()
    assert digest(path) == before
    app.close()


@pytest.fixture
def failing_backups(qtbot, made, tmp_path):
    """This station's automatic backups, into a 'USB stick' that is a file, not a folder."""
    app = App(made, clock=lambda: CAMPAIGN_MORNING)
    app.open()
    stick = tmp_path / "usb"
    stick.write_text("not a folder")
    backups = AutoBackup(app, StationSettings(backup_folder=str(stick), backup_every_minutes=10, backup_keep=3))
    backups.start()
    yield app, backups, stick
    backups.stop()
    backups.wait(10)
    app.close()


def run_backup(qtbot, backups: AutoBackup) -> None:
    with qtbot.waitSignal(backups.finished, timeout=10_000):
        backups.run_now()
    qtbot.waitUntil(lambda: not backups._running, timeout=5000)


@pytest.mark.parametrize("station", ["nurse", "organiser"])
def test_a_failed_backup_is_told_to_staff_until_the_next_one_succeeds(qtbot, failing_backups, station):
    app, backups, stick = failing_backups
    assert auto_backup.running() is backups
    if station == "nurse":
        window = NurseWindow(app, NurseSettings(booth=1), words=Words("fr"))
        qtbot.addWidget(window)
        window.show()
    else:
        window = organiser(qtbot, app)
    banner = window.backup_banner
    assert banner.isHidden()
    run_backup(qtbot, backups)
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert banner.text() == (
        f"La sauvegarde automatique vers \u2066{stick}\u2069 a échoué. Vérifiez que le dossier ou la clé USB "
        "est présent, accessible en écriture et pas plein\u202f; la prochaine sauvegarde sera tentée dans 10 minutes, "
        "ou lancez\u00a0: \u2066kiosk\u00a0backup\u2069."
    )
    window.words.set_language("ar")  # the line follows the station's language
    qtbot.waitUntil(lambda: "فشل الحفظ الاحتياطي التلقائي" in banner.text(), timeout=5000)
    assert str(stick) in banner.text()
    stick.unlink()  # the stick is plugged in: the next backup succeeds
    backups.every_minutes = 0  # due at once
    run_backup(qtbot, backups)
    qtbot.waitUntil(banner.isHidden, timeout=5000)
    assert list(stick.glob("*"))  # the copy is there


def test_a_station_started_after_the_failure_shows_it_at_once(qtbot, failing_backups):
    app, backups, stick = failing_backups
    run_backup(qtbot, backups)
    window = organiser(qtbot, app)
    assert window.backup_banner.isVisible() and str(stick) in window.backup_banner.text()

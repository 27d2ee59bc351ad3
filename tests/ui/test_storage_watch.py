"""What the stations show when the database fails, and how they resume by themselves:
the kiosk sends the donor to staff, the nurse station and the board say what is wrong."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from kiosk import errors
from kiosk.app import App
from kiosk.i18n.typography import typeset
from kiosk.storage import db as storage_db
from kiosk.storage import faults
from kiosk.storage.faults import StorageFault
from kiosk.ui.nurse.context import NurseSettings
from kiosk.ui.nurse.window import NurseWindow
from kiosk.ui.nurse.words import Words
from kiosk.ui.storage_watch import CLEARED_BY_PROBE, NEVER_CLEARED, fault_text
from tests.conftest import CAMPAIGN_MORNING
from tests.safety.helpers import copy_database, damage_middle_page, digest


@pytest.fixture
def template(filled_template_db):
    return filled_template_db


@pytest.fixture
def made(db_url, template):
    copy_database(template, storage_db.Path(db_url.removeprefix("sqlite:///")))
    return db_url


def nurse(qtbot, app, lang="fr"):
    from kiosk.ui.qtapp import create_application

    create_application()
    window = NurseWindow(app, NurseSettings(booth=1), words=Words(lang))
    qtbot.addWidget(window)
    window.show()
    return window


def registry_words(code: str, lang: str, detail: str = "") -> str:
    """A fault's message as the error registry has it in `lang` (no fallback to English),
    set with the language's typography; the file or address inside kept left to right."""
    assert lang in errors.registry()[code][errors.Audience.STAFF].texts
    shown = f"\u2066{detail}\u2069" if detail else ""
    return typeset(errors.message(code, lang, isolate=False, detail=shown), lang)


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_staff_banner_says_each_fault_in_the_registrys_words(qtbot, db_url, lang):
    """One wording per fault: the banner's text is the error registry's message, the one
    the command line prints, in the station's language, and follows a language switch."""
    app = App(db_url, clock=lambda: CAMPAIGN_MORNING)
    window = nurse(qtbot, app, lang)
    banner = window.storage_banner
    for code in (*CLEARED_BY_PROBE, *NEVER_CLEARED, faults.DISK_FULL, "storage.failed"):
        detail = "" if code in (faults.LOCKED, faults.DISK_FULL) else "/srv/qatra/kiosk.db"
        banner.show_fault(StorageFault(code, detail))
        assert banner.isVisible()
        assert banner.text() == registry_words(code, lang, detail), code
    other = "ar" if lang == "fr" else "fr"
    window.words.set_language(other)
    assert banner.text() == registry_words("storage.failed", other, "/srv/qatra/kiosk.db")
    assert registry_words(faults.LOCKED, "fr").startswith("La base de données est occupée par un autre poste")
    assert registry_words(faults.DAMAGED, "ar", "x").startswith("قاعدة البيانات متضررة")
    app.close()


def test_a_damaged_database_at_the_nurse_station_says_how_to_restore_and_is_not_written(qtbot, made):
    path = storage_db.Path(made.removeprefix("sqlite:///"))
    damage_middle_page(path)
    before = digest(path)
    app = App(made, clock=lambda: CAMPAIGN_MORNING)
    window = nurse(qtbot, app, "ar")
    assert window.storage_banner.isVisible()
    assert "kiosk restore" in window.storage_banner.text() and "متضررة" in window.storage_banner.text()
    assert window.context.write(lambda s: s.execute(text("CREATE TABLE never (x)"))) is None
    assert digest(path) == before
    app.close()


def test_the_board_says_the_database_is_damaged_in_both_languages(qtbot, made):
    from kiosk.ui.board.window import BoardWindow
    from kiosk.ui.qtapp import create_application

    create_application()
    damage_middle_page(storage_db.Path(made.removeprefix("sqlite:///")))
    board = BoardWindow(App(made, clock=lambda: CAMPAIGN_MORNING))
    qtbot.addWidget(board)
    board.show()
    board.start()
    assert board.storage_banner.isVisible()
    banner = board.storage_banner.text()
    assert "endommagée" in banner and "متضررة" in banner
    damage = board.watch.fault
    assert damage is not None
    # Each language in the registry's words, side by side (French first on the board).
    assert banner == f"\u2068{fault_text(damage, 'fr')}\u2069 \u00b7 \u2068{fault_text(damage, 'ar')}\u2069"
    assert fault_text(damage, "fr") == registry_words(damage.code, "fr", damage.detail)
    board.stop()
    board.app.close()


def open_kiosk_window(qtbot, switch, app):
    from kiosk.ui.kiosk_station.window import KioskWindow

    switch.set_language("fr")
    window = KioskWindow(app, switch, None, connect=False)
    qtbot.addWidget(window)
    window.show()
    window.connect_database()
    return window


def test_the_kiosk_sends_the_donor_to_staff_then_resumes_by_itself(qtbot, switch, monkeypatch, tmp_path):
    """A folder the database cannot be created in: the donor is sent to staff; once the folder
    is writable again the kiosk returns to its welcome screen without anyone touching it."""
    from kiosk.ui.kiosk_station import window as kiosk_window
    from tests.safety.helpers import read_only

    monkeypatch.setattr(kiosk_window, "STORAGE_RETRY_MS", 100)
    folder = tmp_path / "venue"
    folder.mkdir()
    app = App(f"sqlite:///{folder / 'kiosk.db'}", clock=lambda: CAMPAIGN_MORNING)
    with read_only(folder):
        window = open_kiosk_window(qtbot, switch, app)
        assert window.stack.currentWidget() is window.screens.message
        assert "Veuillez appeler un membre de l’équipe" in window.screens.message.text.text()
        assert window.storage_down
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=5000)
    assert not window.storage_down and window.campaign_spec is not None
    app.close()
    QApplication.processEvents()


def test_the_kiosk_does_not_initialise_an_empty_file(qtbot, switch, made):
    path = storage_db.Path(made.removeprefix("sqlite:///"))
    path.write_bytes(b"")  # a failed copy left an empty file
    app = App(made, clock=lambda: CAMPAIGN_MORNING)
    window = open_kiosk_window(qtbot, switch, app)
    assert window.stack.currentWidget() is window.screens.message
    qtbot.wait(300)
    assert path.read_bytes() == b""  # refused, not initialised
    app.close()


def test_in_the_background_check_the_nurse_station_paints_first_then_names_the_damage(qtbot, made):
    """A station's start-up check runs while it paints; no write happens before its result."""
    path = storage_db.Path(made.removeprefix("sqlite:///"))
    damage_middle_page(path)
    before = digest(path)
    app = App(made, clock=lambda: CAMPAIGN_MORNING)
    app.background_check = True
    window = nurse(qtbot, app)
    qtbot.waitUntil(window.storage_banner.isVisible, timeout=5000)
    assert "endommagée" in window.storage_banner.text()
    assert window.context.write(lambda s: s.execute(text("CREATE TABLE never (x)"))) is None
    assert digest(path) == before
    app.close()


def test_the_kiosk_checks_in_the_background_and_sends_the_donor_to_staff_on_damage(qtbot, switch, made):
    path = storage_db.Path(made.removeprefix("sqlite:///"))
    damage_middle_page(path)
    before = digest(path)
    app = App(made, clock=lambda: CAMPAIGN_MORNING)
    app.background_check = True  # as every station runs it (kiosk.ui.stations)
    window = open_kiosk_window(qtbot, switch, app)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.screens.message, timeout=5000)
    assert window.storage_down
    assert digest(path) == before
    app.close()

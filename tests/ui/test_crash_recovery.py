"""An error nobody expected: the tap's handler does not call it a storage failure;
the crash handler logs it, the kiosk goes back to its welcome screen behind a
neutral notice, and the nurse station says what happened and where it is logged."""

from __future__ import annotations

import pytest

from kiosk import crashlog
from kiosk.ui.qtapp import install_crash_handler, remove_crash_handler


@pytest.fixture
def relay(qapp):
    handler = install_crash_handler()
    yield handler
    remove_crash_handler(handler)


def uncaught(error: Exception) -> None:
    """What Python and PySide6 do with an exception no one caught (a slot's, too)."""
    try:
        raise error
    except Exception as caught:  # noqa: BLE001
        crashlog.excepthook(type(caught), caught, caught.__traceback__)


def test_a_programming_error_in_a_tap_is_not_shown_as_a_storage_failure(make_window, donor_at, monkeypatch):
    window = make_window()
    donor = donor_at(window)
    donor.tap(window.welcome.buttons["fr"])
    donor.sees("path")

    def broken(path: str) -> None:
        raise TypeError("a bug, not the database")

    monkeypatch.setattr(window.flow, "choose_path", broken)
    with pytest.raises(TypeError):  # it reaches the excepthook instead of `_failed`
        window.choose_path("card")
    assert window.current == "path"


def test_after_an_uncaught_error_the_kiosk_sends_the_donor_to_staff_then_welcomes(qtbot, make_window, donor_at, relay):
    window = make_window()
    donor = donor_at(window)
    donor.tap(window.welcome.buttons["fr"])
    donor.tap(window.screens.path.card)
    donor.sees("card")
    uncaught(ValueError("unexpected"))
    donor.sees("message")
    assert window.flow.path is None  # the donor's steps are forgotten
    assert window.screens.message.text.text() == (
        "Un problème est survenu. Veuillez vous adresser à un membre du personnel."
    )
    donor.tap(window.screens.message.next_button)
    donor.sees("welcome")
    assert "uncaught ValueError" in relay.diagnosis.log_path.read_text(encoding="utf-8")


def test_the_nurse_station_says_an_error_happened_and_where_it_is_logged(qtbot, app, relay):
    from kiosk.ui.nurse.context import NurseSettings
    from kiosk.ui.nurse.window import NurseWindow
    from kiosk.ui.nurse.words import Words

    window = NurseWindow(app, NurseSettings(booth=1), words=Words("fr"))
    qtbot.addWidget(window)
    window.show()
    uncaught(KeyError("bug"))
    qtbot.waitUntil(lambda: "erreur inattendue" in window.status.text())
    assert str(relay.diagnosis.log_path) in window.status.text()

"""Send: the check-in is written on a worker thread while the kiosk shows that it
is sending; the result arrives by a signal and a ticket is shown only once it is
in the database. A reset clears what the donor left on the screens they saw."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

import kiosk.kiosk_flow
from kiosk.storage.models import Visit
from tests.ui.test_kiosk_window import card_donor, to_questions


def visits(app) -> int:
    with app.db.read() as s:
        return s.scalar(select(func.count()).select_from(Visit))


def test_the_ticket_follows_the_commit_written_off_the_gui_thread(qtbot, make_window, donor_at, app, monkeypatch):
    card_donor(app)
    window = make_window()
    donor = donor_at(window)
    to_questions(qtbot, window, donor, "fr")
    donor.answer_all()
    donor.sees("review")

    written_on: list[threading.Thread] = []
    write = kiosk.kiosk_flow.write_check_in

    def watched(*args):
        written_on.append(threading.current_thread())
        return write(*args)

    monkeypatch.setattr(kiosk.kiosk_flow, "write_check_in", watched)
    with qtbot.waitSignal(window.checked_in, timeout=10_000):
        donor.tap(window.screens.review.next_button)
        # At once, before the write's outcome: the sending screen, and no ticket number anywhere.
        assert window.current == "sending"
        assert window.screens.sending.heading.text() == "Envoi de vos réponses…"
        assert window.screens.ticket.number.text() == ""
    donor.sees("ticket")
    assert written_on and written_on[0] is not threading.main_thread()
    assert window.screens.ticket.number.text() == "001"
    assert visits(app) == 1


def test_a_check_in_that_ends_after_its_donor_left_shows_nothing(qtbot, make_window, donor_at, app, monkeypatch):
    """The inactivity reset came while the database was slow: the visit is written
    (staff see it in the queue) but the next donor sees the welcome screen, not a ticket."""
    card_donor(app)
    window = make_window()
    donor = donor_at(window)
    to_questions(qtbot, window, donor, "fr")
    donor.answer_all()
    donor.sees("review")

    slow = threading.Event()
    write = kiosk.kiosk_flow.write_check_in

    def slow_write(*args):
        slow.wait(10)
        return write(*args)

    monkeypatch.setattr(kiosk.kiosk_flow, "write_check_in", slow_write)
    donor.tap(window.screens.review.next_button)
    assert window.current == "sending"
    window.reset()  # as the inactivity countdown does
    with qtbot.waitSignal(window.checked_in, timeout=10_000):
        slow.set()
    assert window.current == "welcome"
    assert window.screens.ticket.number.text() == ""
    assert visits(app) == 1


def test_a_check_in_the_database_refuses_sends_the_donor_to_staff(qtbot, make_window, donor_at, app, monkeypatch):
    card_donor(app)
    window = make_window()
    donor = donor_at(window)
    to_questions(qtbot, window, donor, "fr")
    donor.answer_all()
    donor.sees("review")

    def full_disk(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(kiosk.kiosk_flow, "write_check_in", full_disk)
    donor.tap(window.screens.review.next_button)
    donor.sees("message")
    assert window.screens.message.text.text() == (
        "Un problème est survenu et rien n’a été enregistré. Veuillez appeler un membre de l’équipe."
    )
    assert visits(app) == 0


def test_a_reset_clears_the_screens_the_donor_saw(qtbot, make_window, donor_at, app):
    card_donor(app)
    window = make_window()
    donor = donor_at(window)
    to_questions(qtbot, window, donor, "fr")
    donor.answer_all()
    donor.tap(window.screens.review.next_button)
    donor.sees("ticket")
    ticket, review, confirm = window.screens.ticket, window.screens.review, window.screens.confirm
    assert ticket.number.text() == "001" and review.rows and confirm.who.text() == "K…m T."

    donor.tap(ticket.next_button)  # "Finish"
    donor.sees("welcome")
    # Nothing of him is left for the next donor on the screens he saw.
    assert ticket.number.text() == "" and ticket.result is None
    assert review.rows == [] and review.list.texts() == []
    assert confirm.who.text() == ""

"""The kiosk as a public machine: kiosk mode and the staff corner, help, refusals,
one transaction per registration, and every screen fitting on 1280×800."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from kiosk.domain.staff import Actor
from kiosk.domain.validation import DonorDetails
from kiosk.storage import campaigns, registration
from kiosk.storage import staff as staff_store
from kiosk.storage.models import Donor, PrintJob, StaffCall, Visit

MORNING = datetime(2025, 12, 2, 9, 0, tzinfo=UTC)
CARD = "Zq8Lm2Tr5Vx1Bn7Kd4Hs0w"


def card_donor(app) -> int:
    with app.db.write() as s:
        donor = registration.create_donor(
            s,
            DonorDetails(
                sex="M",
                birth_date=date(1985, 1, 20),
                first_name_latin="Karim",
                last_name_latin="Tazi",
                first_name_ar="كريم",
                last_name_ar="التازي",
                phone="+212661000077",
            ),
            "2025-01.0",
            MORNING,
        )
        donor.card_token = CARD
        s.flush()
        return donor.id


def to_questions(qtbot, window, donor, lang: str = "ar") -> None:
    donor.tap(window.welcome.buttons["ar"] if lang == "ar" else window.welcome.buttons["fr"])
    donor.tap(window.screens.path.card)
    focused = QApplication.focusWidget()
    qtbot.keyClicks(focused, CARD)
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    donor.gives_birth_date(date(1985, 1, 20))
    donor.tap(window.screens.confirm.yes)
    donor.tap(window.screens.consent.accept)


def test_kiosk_mode_stays_open_until_a_staff_pin(qtbot, make_window, donor_at, app):
    with app.db.write() as s:
        staff_store.add_staff(s, "Khadija Amrani", "organiser", "4829", actor=Actor.station_only("test"), now=MORNING)
    window = make_window()
    donor = donor_at(window)
    window.enter_kiosk_mode()
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    window.close()  # Alt+F4, the window manager…
    assert window.isVisible()

    corner = QPoint(8, 8)
    for _ in range(4):
        donor.tap(window, corner)
    assert not window.pin_overlay.isVisible()
    donor.tap(window, corner)
    panel = window.pin_overlay
    assert panel.isVisible()
    assert [b.text() for b in panel.choices.values()] == ["Khadija Amrani"]
    for digit in "1111":
        donor.tap(panel.pad, panel.pad.key_rect(digit).center())
    donor.tap(panel.pad, panel.pad.key_rect("\u21b5").center())
    assert panel.checker.busy and not panel.pad.isEnabled()  # checked off the GUI thread, one attempt at a time
    qtbot.waitUntil(lambda: panel.error.text() == "الرمز السري غير صحيح.", timeout=10_000)
    assert window.isVisible()
    for digit in "4829":
        donor.tap(panel.pad, panel.pad.key_rect(digit).center())
    donor.tap(panel.pad, panel.pad.key_rect("\u21b5").center())
    menu = window.staff_menu
    qtbot.waitUntil(menu.isVisible, timeout=3000)  # a menu, not the program quitting at once
    assert window.isVisible() and window.kiosk_mode
    donor.tap(menu.quit_button)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    assert window.unlocked


def quick_corner_taps(window) -> None:
    """Five taps on the corner as a finger gives them 0.1 s apart: through the window
    system, where the second tap of each pair becomes a double click (the widgets
    get no press for it)."""
    from PySide6.QtTest import QTest

    handle, corner = window.windowHandle(), QPoint(8, 8)
    QTest.mouseDClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner)
    QTest.mouseDClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner)
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner)


def tenths() -> object:
    """A clock read once per counted tap, each 0.1 s after the one before."""
    ticks = iter(range(10_000))
    return lambda: next(ticks) / 10


def staff_pin(app, pin: str = "4829") -> None:
    with app.db.write() as s:
        staff_store.add_staff(s, "Khadija Amrani", "organiser", pin, actor=Actor.station_only("test"), now=MORNING)


def test_five_quick_corner_taps_open_the_staff_gate(qtbot, make_window, app):
    staff_pin(app)
    window = make_window()
    window.enter_kiosk_mode()
    window.watcher.clock = tenths()
    quick_corner_taps(window)
    assert window.pin_overlay.isVisible()


def test_slow_corner_taps_do_not_open_the_staff_gate(qtbot, make_window, donor_at, app):
    staff_pin(app)
    window = make_window()
    donor = donor_at(window)
    ticks = iter(range(100))
    window.watcher.clock = lambda: float(next(ticks))  # a second between taps: five take four seconds
    for _ in range(5):
        donor.tap(window, QPoint(8, 8))
    assert not window.pin_overlay.isVisible()


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_the_staff_menu_leaves_kiosk_mode_or_goes_back(qtbot, make_window, donor_at, app, switch, lang):
    staff_pin(app)
    window = make_window()
    donor = donor_at(window)
    switch.set_language(lang)
    window.enter_kiosk_mode()
    window.watcher.clock = tenths()
    quick_corner_taps(window)
    panel = window.pin_overlay
    for digit in "4829\u21b5":
        donor.tap(panel.pad, panel.pad.key_rect(digit).center())
    menu = window.staff_menu
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    texts = {
        "ar": ["قائمة الطاقم", "الخروج من وضع الجهاز", "إغلاق البرنامج", "الرجوع إلى الجهاز"],
        "fr": ["Menu du personnel", "Quitter le mode borne", "Quitter le programme", "Revenir à la borne"],
    }[lang]
    shown = [menu.heading.text(), menu.leave_button.text(), menu.quit_button.text(), menu.back_button.text()]
    assert shown == texts
    donor.tap(menu.back_button)
    assert not menu.isVisible() and window.kiosk_mode and window.isFullScreen()
    window.close()
    assert window.isVisible()  # still a kiosk

    quick_corner_taps(window)
    for digit in "4829\u21b5":
        donor.tap(panel.pad, panel.pad.key_rect(digit).center())
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    donor.tap(menu.leave_button)
    assert not window.kiosk_mode
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.isVisible() and not window.isFullScreen()
    window.close()  # now an ordinary window
    assert not window.isVisible()


def test_calling_staff_flags_the_visit_for_the_nurse_station(qtbot, make_window, donor_at, app):
    card_donor(app)
    window = make_window()
    donor = donor_at(window)
    to_questions(qtbot, window, donor)
    assert window.header.notice.text() == ""
    donor.tap(window.header.help)  # before there is a visit: the flow remembers it
    assert window.header.notice.text() == "تم استدعاء أحد أفراد الطاقم."  # called, nobody on the way yet
    donor.answer_all()
    donor.tap(window.screens.review.next_button)
    donor.sees("ticket")
    with app.db.read() as s:
        assert s.scalar(select(Visit.needs_staff)) is True
    donor.tap(window.screens.ticket.next_button)
    donor.sees("welcome")
    assert window.header.notice.text() == ""  # the next donor starts unflagged


def test_help_after_the_ticket_flags_the_stored_visit(qtbot, make_window, donor_at, app):
    card_donor(app)
    window = make_window()
    donor = donor_at(window)
    to_questions(qtbot, window, donor, "fr")
    donor.answer_all()
    donor.tap(window.screens.review.next_button)
    donor.sees("ticket")
    with app.db.read() as s:
        assert s.scalar(select(Visit.needs_staff)) is False
    donor.tap(window.header.help)
    assert window.header.notice.text() == "Un membre de l’équipe a été appelé."
    with app.db.read() as s:
        assert s.scalar(select(Visit.needs_staff)) is True
        assert s.scalar(select(StaffCall.visit_id)) == s.scalar(select(Visit.id))  # the alert names the ticket


def test_refusing_consent_ends_politely_and_stores_nothing(qtbot, make_window, donor_at, app):
    window = make_window()
    donor = donor_at(window)
    donor.tap(window.welcome.buttons["fr"])
    donor.tap(window.screens.path.new)
    donor.gives_birth_date(date(1990, 6, 1))
    donor.tap(window.screens.consent.refuse)
    donor.sees("message")
    message = window.screens.message
    assert message.text.text() == (
        "Sans votre accord, nous ne pouvons pas vous enregistrer. Un membre de l’équipe peut répondre à vos questions."
    )
    donor.tap(message.back_button)  # to read the notice again
    donor.sees("consent")
    donor.tap(window.screens.consent.refuse)
    donor.sees("message")
    donor.tap(message.next_button)
    donor.sees("welcome")
    with app.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Donor)) == 0


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_after_refusing_consent_the_notice_can_be_read_again_and_accepted(qtbot, make_window, donor_at, app, lang):
    window = make_window()
    donor = donor_at(window)
    donor.tap(window.welcome.buttons[lang])
    donor.tap(window.screens.path.new)
    donor.gives_birth_date(date(1990, 6, 1))
    donor.tap(window.screens.consent.refuse)
    donor.sees("message")
    message = window.screens.message
    assert message.back_button.text() == {"ar": "رجوع", "fr": "Retour"}[lang]
    donor.tap(message.back_button)
    donor.sees("consent")
    assert window.screens.consent.accept.isVisible()
    donor.tap(window.screens.consent.accept)
    qtbot.waitUntil(lambda: window.current.startswith("register_"))


def test_other_messages_have_no_way_back(qtbot, make_window, donor_at, app):
    window = make_window()
    donor = donor_at(window)
    donor.tap(window.welcome.buttons["fr"])
    donor.tap(window.screens.path.new)
    donor.gives_birth_date(date(1990, 6, 1))
    donor.tap(window.screens.consent.refuse)
    donor.sees("message")
    window._failed(OSError("disk full"))  # the database failed on a later tap
    assert window.current == "message" and not window.screens.message.back_button.isVisible()


def test_a_donor_already_in_the_queue_is_told_their_ticket(qtbot, make_window, donor_at, app):
    donor_id = card_donor(app)
    with app.db.write() as s:
        registration.check_in(
            s,
            campaigns.active_campaign(s),
            s.get(Donor, donor_id),
            date(2025, 12, 2),
            MORNING,
            outcome="eligible",
            until=None,
            reasons=[],
            pack="ma-amsd@1.2",
            answers={},
        )
    window = make_window()
    donor = donor_at(window)
    to_questions(qtbot, window, donor, "fr")
    donor.sees("message")  # no questions for nothing
    assert window.screens.message.text.text() == (
        "Vous avez déjà un ticket aujourd’hui\u00a0: le numéro \u2066001\u2069. Veuillez attendre d’être appelé(e)."
    )
    with app.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Visit)) == 1


def test_no_ticket_is_shown_when_the_registration_is_not_stored(qtbot, make_window, donor_at, app, monkeypatch):
    """The visit, its ticket and its print job commit together or not at all;
    the ticket screen only ever shows a committed ticket."""
    from kiosk.storage import print_jobs

    card_donor(app)
    window = make_window()
    donor = donor_at(window)
    to_questions(qtbot, window, donor, "fr")
    donor.answer_all()

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(print_jobs, "create_job", full_disk)
    donor.tap(window.screens.review.next_button)
    donor.sees("message")
    assert window.screens.message.text.text() == (
        "Un problème est survenu et rien n’a été enregistré. Veuillez appeler un membre de l’équipe."
    )
    with app.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Visit)) == 0
        assert s.scalar(select(func.count()).select_from(PrintJob)) == 0
        assert s.scalar(select(Donor.consent_version)) == "2025-01.0"  # the renewed consent rolled back too


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_every_screen_fits_on_the_kiosk_screen(tmp_path, qapp, lang):
    """Each screen of the flow, filled as in the screenshots, needs no more room
    than it gets at 1280×800 (with the keyboard when a field is being typed in)."""
    from devtools.screenshots.kiosk_screens import render_all

    written, overflows = render_all(tmp_path / "shots", tmp_path, langs=[lang], quiet=False)
    assert overflows == []
    assert {p.name for p in written} >= {
        f"{name}-{lang}.png"
        for name in (
            "welcome",
            "path",
            "card",
            "cin",
            "birth_date",
            "birth_date_error",
            "confirm",
            "not_matched",
            "not_matched_refused",
            "too_young",
            "consent",
            "register_error",
            "register_names",
            "register_about",
            "register_contact",
            "register_blood",
            "question_yes_no",
            "question_date",
            "review",
            "countdown",
            "ticket_eligible",
            "ticket_refer",
            "ticket_refer_print_failed",
            "deferred",
            "consent_refused",
        )
    }


def test_a_database_that_fails_during_a_tap_sends_the_donor_to_staff(qtbot, make_window, donor_at, monkeypatch):
    from sqlalchemy.exc import OperationalError

    def locked(*args, **kwargs):
        raise OperationalError("SELECT", {}, Exception("database is locked"))

    window = make_window()
    donor = donor_at(window)
    donor.tap(window.welcome.buttons["fr"])
    donor.tap(window.screens.path.card)
    monkeypatch.setattr(registration, "find_by_card", locked)
    focused = QApplication.focusWidget()
    qtbot.keyClicks(focused, CARD)
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    donor.sees("message")
    assert window.screens.message.text.text() == (
        "Un problème est survenu et rien n’a été enregistré. Veuillez appeler un membre de l’équipe."
    )
    donor.tap(window.screens.message.next_button)
    donor.sees("welcome")


def test_every_step_has_its_own_screen(make_window):
    from kiosk.kiosk_flow import Step

    window = make_window()
    screens = [window.screens.of(step) for step in Step if step is not Step.WELCOME]
    assert [s.name for s in screens] == [step.value for step in Step if step is not Step.WELCOME]
    assert len(set(map(id, screens))) == len(screens) == len(window.screens.all())


def test_while_the_kiosk_runs_its_start_up_objects_are_left_out_of_full_garbage_collections(make_window):
    """A full collection went through every object of the kiosk (~100 ms, inside a
    donor's tap): what exists once the screens are built is set aside, and given
    back to the collector when the kiosk closes."""
    import gc

    window = make_window()
    assert gc.get_freeze_count() > 10_000
    window.close()
    assert gc.get_freeze_count() == 0

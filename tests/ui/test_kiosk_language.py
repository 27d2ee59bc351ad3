"""A donor who switches from Arabic to French on any kiosk screen reads that
screen in French at once: no sentence, button or caption stays in Arabic.

What may stay Arabic is what is not the kiosk's wording: a name the donor
typed or registered, the header's "العربية" (the other language, named in
itself) and the on-screen keyboard of an Arabic name field."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from kiosk.ui.kiosk_station.result import PRINTED

ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
CARD = "c7Hn2Qe9XaLr4Vt1Kp0sMw"  # Salma's card, as the `returning_donor` fixture registers her
SALMA_BORN = date(1991, 5, 5)


def arabic_left(window) -> list[str]:
    """Visible texts of labels and buttons that still hold Arabic letters."""
    left = []
    for widget in [*window.findChildren(QLabel), *window.findChildren(QPushButton)]:
        text = widget.text()
        if not widget.isVisibleTo(window) or not ARABIC.search(text):
            continue
        if widget is window.header.language or window.keyboard.isAncestorOf(widget):
            continue
        left.append(f"{widget.objectName() or type(widget).__name__}: {text}")
    drawn = window.screens.review.list  # the review's rows are drawn, not labels
    if drawn.isVisibleTo(window):
        texts = [text for row in drawn.texts() for text in row] + [drawn.button_text]
        left += [f"review_list: {text}" for text in texts if ARABIC.search(text)]
    return left


def in_french(switch, window, where: str) -> None:
    """Switch ar→fr on the screen shown now, check it, and switch back."""
    assert switch.language == "ar"
    assert arabic_left(window), f"{where}: the screen is not in Arabic to begin with"
    switch.set_language("fr")
    QApplication.processEvents()  # LanguageChange goes through the event loop
    assert arabic_left(window) == [], where
    switch.set_language("ar")
    QApplication.processEvents()


def test_every_kiosk_screen_follows_a_switch_to_french(qtbot, make_window, donor_at, switch, returning_donor):
    returning_donor()
    window = make_window()
    donor = donor_at(window)

    def check(where: str) -> None:
        in_french(switch, window, where)

    donor.tap(window.welcome.buttons["ar"])
    donor.sees("path")
    check("path")
    donor.tap(window.screens.path.card)
    check("card")
    window.card_scanned("nobody")
    check("card, unknown card")
    window.card_scanned(CARD)
    donor.sees("birth_date")
    check("birth date, to confirm a card")
    donor.tap_next()
    check("birth date, missing")
    donor.birth_date(date(1991, 5, 6))  # not hers
    donor.tap_next()
    donor.sees("not_matched")
    check("details do not match")
    donor.tap(window.screens.not_matched.again)
    donor.sees("card")
    window.card_scanned(CARD)
    donor.gives_birth_date(SALMA_BORN)
    donor.sees("confirm")
    check("confirm")
    donor.tap(window.screens.confirm.yes)
    donor.sees("consent")
    check("consent")
    donor.tap(window.screens.consent.accept)
    donor.sees("question")
    question = window.screens.question
    check("question")
    donor.tap(question.yes)  # gave blood elsewhere: when?
    assert question.asking_when
    check("question, when?")
    question.go_back()
    donor.tap(question.no)
    donor.tap(question.yes)  # today: which?
    assert question.choosing
    check("question, which?")
    donor.tap(question.choice_for("medication"))
    donor.tap(question.which_ok)
    donor.tap(question.back_button)
    donor.tap(question.no)
    donor.answer_all()
    donor.sees("review")
    check("review")
    window.idle_overlay.start()
    check("still there?")
    window.idle_overlay.stop()
    window.pin_overlay.open()  # this database has no staff: the panel says so
    check("staff PIN")
    window.pin_overlay.close_panel()
    donor.tap(window.screens.review.next_button)
    donor.sees("ticket")
    qtbot.waitUntil(lambda: window.screens.ticket.printing == PRINTED, timeout=10_000)
    check("ticket")
    donor.tap(window.screens.ticket.next_button)

    # Already in the queue: a message with the ticket.
    donor.tap(window.welcome.buttons["ar"])
    donor.tap(window.screens.path.card)
    window.card_scanned(CARD)
    donor.gives_birth_date(SALMA_BORN)
    donor.tap(window.screens.confirm.yes)
    donor.tap(window.screens.consent.accept)
    donor.sees("message")
    check("already queued")
    donor.tap(window.screens.message.next_button)

    # A new donor: an unknown CIN, then the registration with its messages.
    donor.tap(window.welcome.buttons["ar"])
    donor.tap(window.screens.path.cin)
    cin = window.screens.cin
    donor.fill(cin.field, "123")
    donor.tap(cin.next_button)
    check("cin, wrong number")
    donor.fill(cin.field, "JA440001")
    donor.tap(cin.next_button)
    donor.gives_birth_date(date(1994, 3, 14))
    donor.sees("not_matched")
    donor.tap(window.screens.not_matched.new)
    donor.sees("consent")
    donor.tap(window.screens.consent.accept)
    donor.sees("register_names_ar")
    names = window.screens.names_ar
    donor.type("فاطمة")
    donor.tap(names.widgets["last_name_ar"])
    donor.type("الزهراء")
    check("names in Arabic")
    donor.tap_next()
    donor.sees("register_names_latin")
    check("names in Latin letters")
    donor.tap_next()
    donor.sees("register_about")
    donor.tap_next()  # nothing chosen: the page says what is missing
    check("about you, missing")
    about = window.screens.about
    donor.tap(about.widgets["sex"].choices["F"])
    check("about you")
    donor.tap_next()
    donor.sees("register_contact")
    contact = window.screens.contact
    donor.fill(contact.widgets["phone"], "0512")
    check("contact, wrong phone")
    donor.fill(contact.widgets["phone"], "0661234567")
    donor.tap_next()
    donor.sees("register_blood")
    donor.tap(window.header.help)  # "a staff member is coming" under the header
    check("blood group, staff called")
    donor.tap(window.screens.blood.widgets["blood_group"].choices["O+"])
    donor.tap_next()
    donor.sees("question")
    window.reset()

    # Consent refused: a message and Finish.
    donor.tap(window.welcome.buttons["ar"])
    donor.tap(window.screens.path.new)
    donor.sees("birth_date")
    check("birth date, first donation")
    donor.gives_birth_date(date(1990, 6, 1))
    donor.tap(window.screens.consent.refuse)
    donor.sees("message")
    check("consent refused")
    donor.tap(window.screens.message.next_button)

    # A donor back from the dentist last month: deferred, with the date to come back.
    donor.tap(window.welcome.buttons["ar"])
    donor.tap(window.screens.path.new)
    donor.gives_birth_date(date(1988, 7, 21))
    donor.tap(window.screens.consent.accept)
    names = window.screens.names_ar
    names.widgets["first_name_ar"].setText("يوسف")
    names.widgets["last_name_ar"].setText("العلوي")
    donor.tap_next()
    donor.tap_next()
    about = window.screens.about
    donor.tap(about.widgets["sex"].choices["M"])
    donor.tap_next()
    donor.tap_next()
    donor.tap(window.screens.blood.widgets["blood_group"].choices[""])  # "I don't know"
    donor.tap_next()
    donor.sees("question")
    donor.answer_all({"dental_care": (2025, 11)})
    donor.sees("review")
    donor.tap(window.screens.review.next_button)
    donor.sees("deferred")
    check("deferred")


def test_a_screen_shown_after_a_switch_speaks_the_new_language_down_to_its_date_wheels(
    qtbot, make_window, donor_at, switch
):
    """A screen not in front takes a switch of language when it comes forward: the
    birth-date screen, never shown in Arabic, comes in French with its wheels'
    captions and months."""
    window = make_window()
    donor = donor_at(window)
    donor.tap(window.welcome.buttons["ar"])
    donor.sees("path")
    donor.tap(window.header.languages["fr"])
    assert switch.language == "fr" and arabic_left(window) == []
    donor.tap(window.screens.path.new)
    donor.sees("birth_date")
    assert arabic_left(window) == []
    picker = window.screens.birth_date.picker
    assert picker.months.item(0).text() == "janvier"

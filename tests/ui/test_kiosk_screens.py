"""The donor's screens hold still and remember: Yes and No where the finger
expects them on every question, an answer shown again on the way back, the
consent notice to read again after a refusal, date wheels that start afresh for
each donor and keep the chosen day in view."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from kiosk.domain.validation import DonorDetails
from kiosk.storage import registration

MORNING = datetime(2025, 12, 2, 9, 0, tzinfo=UTC)
CARD = "Fq8Lm2Tr5Vx1Bn7Kd4Hs0w"
BORN = date(1991, 5, 5)


def woman_with_a_card(app) -> int:
    """A registered woman with no donation yet: every question is asked."""
    with app.db.write() as s:
        donor = registration.create_donor(
            s,
            DonorDetails(
                sex="F",
                birth_date=BORN,
                first_name_latin="Salma",
                last_name_latin="Tazi",
                first_name_ar="سلمى",
                last_name_ar="التازي",
                phone="+212661000078",
            ),
            "2025-01.0",
            MORNING,
        )
        donor.card_token = CARD
        s.flush()
        return donor.id


def to_questions(qtbot, window, donor, lang: str) -> None:
    donor.tap(window.welcome.buttons[lang])
    donor.tap(window.screens.path.card)
    focused = QApplication.focusWidget()
    qtbot.keyClicks(focused, CARD)
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    donor.gives_birth_date(BORN)
    donor.tap(window.screens.confirm.yes)
    donor.tap(window.screens.consent.accept)
    donor.sees("question")


def on_window(widget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_yes_and_no_stay_in_place_from_the_shortest_question_to_the_longest(qtbot, make_window, donor_at, app, lang):
    woman_with_a_card(app)
    window = make_window()
    donor = donor_at(window)
    to_questions(qtbot, window, donor, lang)
    screen = window.screens.question
    places: dict[str, tuple[QRect, QRect]] = {}
    while window.current == "question":
        if screen.steps.currentWidget() is screen.ask_page:
            QApplication.processEvents()
            places[screen.text.text()] = (on_window(screen.yes), on_window(screen.no))
            donor.tap(screen.no)
        else:  # a number (weight): typed, no Yes / No
            donor.fill(screen.number, "70")
            donor.tap(screen.number_ok)
    shortest, longest = min(places, key=len), max(places, key=len)
    assert len(longest) > 2 * len(shortest)
    assert places[shortest] == places[longest]
    assert len(set(places.values())) == 1, "Yes / No move between questions"


def chosen(widget) -> bool:
    return widget.property("chosen") is True


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_back_on_a_question_shows_the_answer_already_given(qtbot, make_window, donor_at, app, lang):
    woman_with_a_card(app)
    window = make_window()
    donor = donor_at(window)
    to_questions(qtbot, window, donor, lang)
    screen = window.screens.question
    assert not chosen(screen.yes) and not chosen(screen.no)  # nothing answered yet
    fresh = (on_window(screen.yes), on_window(screen.no))
    donor.tap(screen.yes)  # "given blood elsewhere in the last 12 months?": yes, in October
    assert screen.asking_when
    donor.tap(screen.picker.button_for(2025, 10))
    donor.tap(screen.no)  # feeling unwell, medication: no
    assert (chosen(screen.yes), chosen(screen.no)) == (False, False)
    donor.tap(screen.no)  # pregnant, breastfeeding: no
    donor.tap(screen.yes)  # a meal: yes
    assert window.flow.question_index == 4

    donor.tap(screen.back_button)
    assert window.flow.question_index == 3
    assert (chosen(screen.yes), chosen(screen.no)) == (True, False)
    donor.tap(screen.back_button)
    assert (chosen(screen.yes), chosen(screen.no)) == (False, True)
    donor.tap(screen.back_button)
    donor.tap(screen.back_button)
    assert window.flow.question_index == 0
    assert (chosen(screen.yes), chosen(screen.no)) == (True, False)
    QApplication.processEvents()
    assert (on_window(screen.yes), on_window(screen.no)) == fresh  # marked, not moved
    donor.tap(screen.yes)
    october = screen.picker.button_for(2025, 10)
    assert october.isChecked()
    assert [b for b in screen.picker.buttons if b.isChecked()] == [october]

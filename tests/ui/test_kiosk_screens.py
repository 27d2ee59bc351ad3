"""The donor's screens hold still and remember: Yes and No where the finger
expects them on every question, an answer shown again on the way back, the
consent notice to read again after a refusal, date wheels that start afresh for
each donor and keep the chosen day in view."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QScroller

from kiosk.domain.validation import DonorDetails
from kiosk.storage import registration
from kiosk.ui.kiosk_station.pickers import ROW_HEIGHT

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
            loose = [t for t in screen.texts() if re.search(r" [?!:;»]|« |\w'\w", t)]
            assert loose == [], "a “?” could wrap alone, or an apostrophe is straight"
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


# -- the birth-date wheels


def birth_date_screen(window, donor, lang: str):
    donor.tap(window.welcome.buttons[lang])
    donor.tap(window.screens.path.new)
    donor.sees("birth_date")
    return window.screens.birth_date.picker


def in_view(wheel, value: int) -> bool:
    return wheel.viewport().rect().contains(wheel.visualItemRect(wheel.item_for(value)))


def scrolled(wheel) -> int:
    return wheel.verticalScrollBar().value()


def drag(qtbot, wheel, dy: int) -> None:
    """A finger (or a mouse) pressed on the wheel, moved `dy` px in steps, lifted."""
    viewport, x, y = wheel.viewport(), wheel.viewport().width() // 2, wheel.viewport().height() // 2
    start = y - dy // 2
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(x, start))
    for step in range(1, 11):
        qtbot.mouseMove(viewport, QPoint(x, start + dy * step // 10), delay=15)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(x, start + dy), delay=15)


def test_the_next_donor_finds_the_wheels_where_they_start_even_after_a_flick(qtbot, make_window, donor_at):
    from PySide6.QtCore import QPointF

    window = make_window()
    donor = donor_at(window)
    picker = window.screens.birth_date.picker
    start = [scrolled(w) for w in (picker.days, picker.months, picker.years)]
    birth_date_screen(window, donor, "fr")
    # A donor flicks the years towards the oldest and walks away while they still coast.
    QScroller.scroller(picker.years.viewport()).scrollTo(QPointF(0, scrolled(picker.years) + 2000), 800)
    QScroller.scroller(picker.days.viewport()).scrollTo(QPointF(0, 1000), 800)
    qtbot.wait(100)
    window.reset()
    qtbot.wait(1200)  # longer than the flick would have lasted
    donor.tap(window.welcome.buttons["fr"])
    donor.tap(window.screens.path.new)
    donor.sees("birth_date")
    assert picker.value() is None
    days, months, years = (scrolled(w) for w in (picker.days, picker.months, picker.years))
    assert (days, months) == (0, 0) == tuple(start[:2])
    assert abs(years - start[2]) < ROW_HEIGHT // 2  # the same year in the middle as for the first donor


def test_the_chosen_date_stays_in_view(qtbot, make_window, donor_at):
    window = make_window()
    donor = donor_at(window)
    picker = birth_date_screen(window, donor, "fr")
    donor.pick(picker.days, 3)
    donor.pick(picker.years, 1993)
    picker.years.scrollToTop()  # a finger scrolls the years away from 1993…
    picker.days.scrollToBottom()
    donor.pick(picker.months, 5)  # …then the month is chosen
    assert picker.value() == date(1993, 5, 3)
    assert in_view(picker.years, 1993) and in_view(picker.days, 3) and in_view(picker.months, 5)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "fr",
            "Il n’y a pas de \u206631\u2069 février\u00a0: le jour est maintenant \u206628\u2069. Vérifiez-le, s’il vous plaît.",
        ),
        ("ar", "لا يوجد يوم \u206631\u2069 في شهر فبراير: أصبح اليوم \u206628\u2069. يرجى التحقق منه."),
    ],
)
def test_february_after_the_31st_says_the_day_changed(qtbot, make_window, donor_at, lang, said):
    window = make_window()
    donor = donor_at(window)
    picker = birth_date_screen(window, donor, lang)
    donor.pick(picker.years, 1990)
    donor.pick(picker.days, 31)
    QApplication.processEvents()
    place = on_window(picker.days)
    assert picker.note.text() == ""
    donor.pick(picker.months, 2)
    assert picker.value() == date(1990, 2, 28)
    assert in_view(picker.days, 28)
    assert picker.note.isVisible() and picker.note.text() == said
    QApplication.processEvents()
    assert on_window(picker.days) == place  # said below the wheels: nothing moves
    donor.pick(picker.days, 27)
    assert picker.note.text() == ""


def test_a_mouse_drag_scrolls_the_wheel_and_chooses_nothing(qtbot, make_window, donor_at):
    window = make_window()
    donor = donor_at(window)
    picker = birth_date_screen(window, donor, "fr")
    before = scrolled(picker.years)
    drag(qtbot, picker.years, -250)  # upwards: towards older years
    qtbot.waitUntil(lambda: scrolled(picker.years) > before + 200)
    assert picker.years.value() is None
    scroller = QScroller.scroller(picker.years.viewport())
    qtbot.waitUntil(lambda: scroller.state() == QScroller.State.Inactive, timeout=5000)
    donor.pick(picker.years, 1980)  # and a tap still chooses
    drag(qtbot, picker.years, 250)
    qtbot.wait(200)
    assert picker.years.value() == 1980


# -- input errors


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_an_input_error_is_red_with_an_icon_and_moves_nothing(qtbot, make_window, donor_at, lang):
    from PySide6.QtGui import QColor, QPalette

    window = make_window()
    donor = donor_at(window)
    donor.tap(window.welcome.buttons[lang])
    donor.tap(window.screens.path.new)
    donor.gives_birth_date(date(1990, 6, 1))
    donor.tap(window.screens.consent.accept)
    qtbot.waitUntil(lambda: window.current.startswith("register_names"))
    page = donor.screen
    first = page.page.value.endswith("_ar") and "first_name_ar" or "first_name_latin"
    others = [w for f, w in page.widgets.items() if f != first]
    QApplication.processEvents()
    before = [on_window(w) for w in (page.widgets[first], *others, page.next_button, page.back_button)]
    donor.fill(page.widgets[first], "R2D2")  # no name has digits
    error, icon = page.errors[first], page.error_icons[first]
    assert error.text()
    assert error.palette().color(QPalette.ColorRole.WindowText) == QColor("#b71c1c")
    assert icon.isVisible()
    QApplication.processEvents()
    after = [on_window(w) for w in (page.widgets[first], *others, page.next_button, page.back_button)]
    assert after == before
    donor.fill(page.widgets[first], "Salma" if first.endswith("latin") else "")
    assert not icon.isVisible()


def ink_middle(field) -> float:
    """How far below the field's middle the letters' ink sits, in px (its mass centre)."""
    from PySide6.QtGui import QColor

    image = field.grab().toImage()
    total = weighted = 0
    for y in range(4, image.height() - 4):  # inside the border
        dark = sum(1 for x in range(12, image.width() - 12) if QColor(image.pixel(x, y)).lightness() < 100)
        total, weighted = total + dark, weighted + dark * y
    return weighted / total - image.height() / 2


@pytest.mark.parametrize("text", ["محمد العلوي", "فاطمة الزهراء", "سلمى"])
def test_arabic_sits_in_the_middle_of_its_field(qtbot, switch, text):
    from kiosk.ui.keyboard import keyboard_field

    latin, arabic = keyboard_field("latin"), keyboard_field("arabic")
    for field, typed in ((latin, "Salma Alaoui"), (arabic, text)):
        qtbot.addWidget(field)
        field.setText(typed)
        field.resize(500, field.sizeHint().height())
        field.show()
    QApplication.processEvents()
    assert arabic.height() == latin.height()  # one row height for both scripts
    assert abs(ink_middle(arabic)) <= 3
    assert abs(ink_middle(latin)) <= 3

"""Every input error at the kiosk looks and behaves the same: its words in the
error colour after an icon, in a room kept for it, so that nothing on the
screen moves when it appears: the field, the buttons, the PIN pad."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QApplication

from kiosk.domain.staff import Actor
from kiosk.storage import staff as staff_store

ERROR_COLOUR = QColor("#b71c1c")


def on_window(widget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def red_pixels(widget) -> int:
    """How many of `widget`'s pixels are drawn in the error colour."""
    image = widget.grab().toImage()
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if abs(QColor(image.pixel(x, y)).red() - ERROR_COLOUR.red()) < 30
        and QColor(image.pixel(x, y)).green() < 70
        and QColor(image.pixel(x, y)).blue() < 70
    )


def shows_an_error(screen, lang: str) -> None:
    """What a donor sees: words in the error colour, a red icon before them
    (on the right in Arabic, on the left in French)."""
    QApplication.processEvents()  # laid out as the donor sees it
    words = screen.error
    assert words.isVisible() and words.text()
    assert words.palette().color(QPalette.ColorRole.WindowText) == ERROR_COLOUR
    icons = [icon for icon in screen.findChildren(QSvgWidget) if icon.isVisible()]
    assert len(icons) == 1, "one icon beside the words"
    icon = icons[0]
    assert red_pixels(icon) > icon.width() * icon.height() // 3
    icon_x, words_x = on_window(icon).center().x(), on_window(words).center().x()
    assert icon_x > words_x if lang == "ar" else icon_x < words_x
    assert abs(on_window(icon).center().y() - on_window(words).center().y()) <= 4


def no_error(screen) -> None:
    assert not screen.error.isVisible()
    assert not [icon for icon in screen.findChildren(QSvgWidget) if icon.isVisible()]


def still(qtbot, widgets) -> list[QRect]:
    """Where `widgets` are once the screen has settled (the date wheels lay out
    their rows a moment after they are shown): the same for 200 ms."""
    seen: list[list[QRect]] = []

    def settled() -> bool:
        QApplication.processEvents()
        seen.append([on_window(w) for w in widgets])
        return len(seen) > 20 and all(rects == seen[-1] for rects in seen[-20:])  # polled every 10 ms

    qtbot.waitUntil(settled, timeout=3000)
    return seen[-1]


def to_card(donor, window, lang):
    donor.tap(window.welcome.buttons[lang])
    donor.tap(window.screens.path.card)
    donor.sees("card")
    return window.screens.card


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_an_unknown_card_is_said_in_red_with_an_icon_and_moves_nothing(qtbot, make_window, donor_at, lang):
    window = make_window()
    donor = donor_at(window)
    screen = to_card(donor, window, lang)
    watched = (screen.instruction, screen.back_button)
    no_error(screen)
    before = still(qtbot, watched)
    qtbot.keyClicks(screen.scan, "QC:no-such-card")  # what the scanner types
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(screen.error.text()))
    shows_an_error(screen, lang)
    assert still(qtbot, watched) == before


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_a_mistyped_cin_is_said_in_red_with_an_icon_and_moves_nothing(qtbot, make_window, donor_at, lang):
    window = make_window()
    donor = donor_at(window)
    donor.tap(window.welcome.buttons[lang])
    donor.tap(window.screens.path.cin)
    donor.sees("cin")
    screen = window.screens.cin
    watched = (screen.field, screen.back_button, screen.next_button, window.keyboard)
    no_error(screen)
    before = still(qtbot, watched)
    donor.fill(screen.field, "JAB4")  # three letters: not a CIN
    donor.tap(screen.next_button)
    shows_an_error(screen, lang)
    assert still(qtbot, watched) == before
    donor.fill(screen.field, "JA1")  # typing again clears the message, its room stays
    no_error(screen)
    assert still(qtbot, watched) == before


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_a_birth_date_left_empty_is_said_in_red_with_an_icon_and_moves_nothing(qtbot, make_window, donor_at, lang):
    window = make_window()
    donor = donor_at(window)
    donor.tap(window.welcome.buttons[lang])
    donor.tap(window.screens.path.new)
    donor.sees("birth_date")
    screen = window.screens.birth_date
    watched = (screen.picker, screen.back_button, screen.next_button)
    no_error(screen)
    before = still(qtbot, watched)
    donor.tap(screen.next_button)  # nothing picked
    shows_an_error(screen, lang)
    assert still(qtbot, watched) == before


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_a_wrong_staff_pin_is_said_in_red_with_an_icon_and_the_pad_stays(qtbot, make_window, donor_at, app, lang):
    with app.db.write() as s:
        staff_store.add_staff(s, "Khadija Amrani", "organiser", "4829", actor=Actor.station_only("test"), now=app.now())
    window = make_window()
    donor = donor_at(window)
    donor.tap(window.welcome.buttons[lang])
    window.enter_kiosk_mode()
    for _ in range(5):
        donor.tap(window, QPoint(8, 8))
    panel = window.pin_overlay
    assert panel.isVisible()
    watched = (panel.field, panel.pad, panel.cancel)
    no_error(panel)
    before = still(qtbot, watched)
    for digit in "1111":
        donor.tap(panel.pad, panel.pad.key_rect(digit).center())
    donor.tap(panel.pad, panel.pad.key_rect("\u21b5").center())
    assert not [icon for icon in panel.findChildren(QSvgWidget) if icon.isVisible()]  # "Checking…" is no error
    assert panel.error.palette().color(QPalette.ColorRole.WindowText) != ERROR_COLOUR
    assert still(qtbot, watched) == before
    qtbot.waitUntil(lambda: not panel.checker.busy and bool(panel.error.text()), timeout=10_000)
    shows_an_error(panel, "fr")  # the staff panel is laid out left to right in both languages
    assert still(qtbot, watched) == before

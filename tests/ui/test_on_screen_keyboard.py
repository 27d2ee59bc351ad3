"""The on-screen keyboard, one widget that paints its keys: a tap on a key types
it, on the Arabic and the AZERTY layouts; backspace deletes; a key shows pressed
while held; the keys sit left to right whatever the kiosk's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from kiosk.ui.keyboard import BACKSPACE, SHIFT, OnScreenKeyboard, keyboard_field


@pytest.fixture
def typing(qtbot):
    """A 1280-wide window with a field and the keyboard under it, the field focused."""
    windows = []

    def make(kind: str) -> tuple[OnScreenKeyboard, object]:
        window = QWidget()
        windows.append(window)
        qtbot.addWidget(window)
        field = keyboard_field(kind)
        keyboard = OnScreenKeyboard(window)
        box = QVBoxLayout(window)
        box.addWidget(field)
        box.addStretch(1)
        box.addWidget(keyboard)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        keyboard.attach(field)
        qtbot.waitUntil(keyboard.isVisible)
        return keyboard, field

    return make


def tap(qtbot, keyboard: OnScreenKeyboard, key: str) -> None:
    qtbot.mouseClick(keyboard, Qt.MouseButton.LeftButton, pos=keyboard.key_rect(key).center())


def test_tapping_arabic_keys_types_them(qtbot, typing):
    keyboard, field = typing("arabic")
    assert keyboard.current == "arabic"
    for letter in "فاطمة":
        tap(qtbot, keyboard, letter)
    assert field.text() == "فاطمة"


def test_tapping_latin_keys_types_them_with_a_capital_by_shift(qtbot, typing):
    keyboard, field = typing("latin")
    assert keyboard.current == "latin"
    tap(qtbot, keyboard, SHIFT)
    assert keyboard.label("z") == "Z"
    for letter in "zahra":
        tap(qtbot, keyboard, letter)
    assert field.text() == "Zahra"  # shift lasts one letter
    assert keyboard.label("z") == "z"


def test_backspace_deletes_the_letter_before_the_cursor(qtbot, typing):
    keyboard, field = typing("digits")
    for digit in "0661":
        tap(qtbot, keyboard, digit)
    tap(qtbot, keyboard, BACKSPACE)
    assert field.text() == "066"


def test_a_key_shows_pressed_while_held_and_types_nothing_if_the_finger_slides_off(qtbot, typing):
    keyboard, field = typing("arabic")
    key, other = keyboard.key_rect("ب"), keyboard.key_rect("ل")
    qtbot.mousePress(keyboard, Qt.MouseButton.LeftButton, pos=key.center())
    assert keyboard.down == "ب" and keyboard.state("ب") == "pressed"
    assert keyboard.grab(key).toImage().pixelColor(QPoint(key.width() // 2, 6)).name() == "#cfd8dc"
    qtbot.mouseMove(keyboard, other.center())
    qtbot.mouseRelease(keyboard, Qt.MouseButton.LeftButton, pos=other.center())
    assert field.text() == "" and keyboard.down is None
    assert keyboard.grab(key).toImage().pixelColor(QPoint(key.width() // 2, 6)).name() == "#ffffff"


def test_keys_are_large_touch_targets(typing):
    keyboard, _field = typing("arabic")
    rects = [keyboard.key_rect(key) for key, _rect in keyboard.placed()]
    assert min(r.height() for r in rects) >= 64 and min(r.width() for r in rects) >= 64
    assert all(not a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])


@pytest.mark.parametrize("layout", ["arabic", "latin", "cin", "phone"])
def test_the_keys_sit_left_to_right_in_both_languages(qtbot, typing, layout):
    """As on a phone: the Arabic layout starts with ض on the left in an Arabic
    kiosk too (the window mirrors, the keyboard does not)."""
    app = QApplication.instance()
    keyboard, _field = typing(layout)
    first = {"arabic": "ض", "latin": "a", "cin": "1", "phone": "1"}[layout]
    last = {"arabic": "ج", "latin": "p", "cin": "0", "phone": BACKSPACE}[layout]
    ltr = {key: keyboard.key_rect(key) for key, _rect in keyboard.placed()}
    try:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        QApplication.processEvents()
        assert keyboard.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert {key: keyboard.key_rect(key) for key, _rect in keyboard.placed()} == ltr
        assert keyboard.key_rect(first).left() < keyboard.key_rect(last).left()
        assert keyboard.key_at(keyboard.key_rect(first).center()) == first
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

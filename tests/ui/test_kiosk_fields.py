"""Arabic sits in the middle of every kiosk field that can show it, as Latin
does, whichever keyboard the field was made for: the city (typed in either
alphabet), a name typed on a hardware keyboard in the other alphabet, and the
staff PIN field's Arabic placeholder. Measured on the ink, as a reader sees it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from kiosk.kiosk_flow import PAGES, KioskFlow

ARABIC = ["خريبكة", "الدار البيضاء", "فاطمة الزهراء"]
LATIN = "Khouribga"


def ink_middle(field: QLineEdit, *, lightness: int = 100) -> float:
    """How far below the field's middle its letters' ink sits, in px (the ink's
    mass centre; `lightness` lower than 100 counts a grey placeholder too)."""
    image = field.grab().toImage()
    total = weighted = 0
    for y in range(4, image.height() - 4):  # inside the border
        dark = sum(1 for x in range(12, image.width() - 12) if QColor(image.pixel(x, y)).lightness() < lightness)
        total, weighted = total + dark, weighted + dark * y
    assert total, "nothing drawn in the field"
    return weighted / total - image.height() / 2


def registration_fields(app) -> dict[str, QLineEdit]:
    from kiosk.ui.kiosk_station.register import RegistrationPage

    flow = KioskFlow(app)
    fields = {}
    for step in PAGES:
        page = RegistrationPage(step, flow)
        page.resize(1200, 600)
        page.show()
        fields.update({name: w for name, w in page.widgets.items() if isinstance(w, QLineEdit)})
    return fields


@pytest.mark.parametrize("text", ARABIC)
def test_arabic_is_centred_in_every_registration_field(qtbot, switch, app, text):
    fields = registration_fields(app)
    assert {"city", "first_name_latin", "cin"} <= set(fields)
    for name, field in fields.items():
        qtbot.addWidget(field.window())
        field.setText(LATIN)
        QApplication.processEvents()
        latin_height, latin_middle = field.height(), ink_middle(field)
        field.setText(text)  # the city in Arabic; a name typed in Arabic on a hardware keyboard
        QApplication.processEvents()
        assert field.height() == latin_height, name  # nothing moves when the alphabet changes
        assert abs(ink_middle(field)) <= 3, f"{name}: {text} sits {ink_middle(field):+.1f} px off the middle"
        assert abs(latin_middle) <= 3, name


def test_the_staff_pin_placeholder_is_centred_in_arabic_and_french(qtbot, switch):
    from kiosk.ui.kiosk_station.overlay import PinOverlay

    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    panel = PinOverlay(window, names=lambda: [(1, "Khadija Amrani")], check=lambda _id, _pin: None)
    window.show()
    panel.open()
    QApplication.processEvents()
    panel.field.clearFocus()  # Qt shows a centred field's placeholder only while it has no focus
    QApplication.processEvents()
    assert not panel.field.hasFocus()
    assert panel.field.placeholderText() == "الرمز السري"
    arabic_height = panel.field.height()
    assert abs(ink_middle(panel.field, lightness=200)) <= 3
    switch.set_language("fr")
    QApplication.processEvents()
    assert panel.field.placeholderText() == "Code PIN"
    assert panel.field.height() == arabic_height
    assert abs(ink_middle(panel.field, lightness=200)) <= 3

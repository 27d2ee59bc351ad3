"""How the donor starts: a donor card, a first donation, or a CIN; and the
masked confirmation of a returning donor (the kiosk is public: a first name
and two digits of a phone number, never the record)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QWidget

from kiosk.ui.keyboard import keyboard_field
from kiosk.ui.kiosk_station.base import Screen, button
from kiosk.ui.kiosk_station.flow import Masked
from kiosk.ui.messages import message
from kiosk.ui.widgets import label, ltr

translate = QCoreApplication.translate


class PathScreen(Screen):
    name = "path"
    chosen = Signal(str)  # "card", "new", "cin"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(has_next=False, parent=parent)
        self.card = button("choice")
        self.new = button("choice")
        self.cin = button("choice")
        for widget, path in ((self.card, "card"), (self.new, "new"), (self.cin, "cin")):
            widget.clicked.connect(lambda _=False, p=path: self.chosen.emit(p))
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.translate_ui()

    def translate_ui(self) -> None:
        super().translate_ui()
        self.heading.setText(translate("Path", "How would you like to start?"))
        self.card.setText(translate("Path", "I have a donor card"))
        self.new.setText(translate("Path", "I give blood for the first time"))
        self.cin.setText(translate("Path", "I gave blood before, but I have no card"))


class CardPicture(QWidget):
    """A donor card with its QR code, drawn: shows what to hold under the scanner."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFixedSize(340, 214)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(QColor("#8e0e12"), 4))
        p.setBrush(QColor("#fff5f5"))
        p.drawRoundedRect(QRectF(4, 4, 332, 206), 18, 18)
        p.fillRect(QRectF(4, 40, 332, 14), QColor("#b71c1c"))
        side, x0, y0 = 110, 200, 74  # a QR-like block of modules
        p.fillRect(QRectF(x0, y0, side, side), QColor("white"))
        pattern = [0b1110101, 0b1010010, 0b1110111, 0b0001000, 0b1011101, 0b0100101, 0b1110011]
        cell = side / 7
        for r, bits in enumerate(pattern):
            for c in range(7):
                if bits >> (6 - c) & 1:
                    p.fillRect(QRectF(x0 + c * cell, y0 + r * cell, cell, cell), QColor("#1b1b1b"))
        p.setPen(QPen(QColor("#9e9e9e"), 10))
        for i, width in enumerate((140, 110, 150)):
            p.drawLine(30, 92 + i * 34, 30 + width, 92 + i * 34)
        p.end()


class CardScreen(Screen):
    """Waits for the USB scanner, which types the card's QR payload and Enter
    into a field that keeps the focus (and summons no keyboard)."""

    name = "card"
    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(has_next=False, parent=parent)
        self.instruction = label("body")
        self.error = label("error")
        self.scan = QLineEdit()
        self.scan.setObjectName("scan")
        self.scan.setFixedSize(1, 1)  # present (it must hold the focus) but not seen
        self.scan.setFrame(False)
        self.scan.returnPressed.connect(self._scanned)
        picture_row = QHBoxLayout()
        picture_row.addStretch(1)
        picture_row.addWidget(CardPicture())
        picture_row.addStretch(1)
        self.body.addLayout(picture_row)
        self.body.addWidget(self.instruction)
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        self.body.addWidget(self.scan)
        self.code = ""
        self.translate_ui()

    def _scanned(self) -> None:
        text = self.scan.text()
        self.scan.clear()
        if text.strip():
            self.scanned.emit(text)

    def show_error(self, code: str) -> None:
        self.code = code
        self.translate_ui()

    def clear(self) -> None:
        self.scan.clear()
        self.code = ""
        self.translate_ui()

    def first_field(self) -> QWidget:
        return self.scan

    def translate_ui(self) -> None:
        super().translate_ui()
        self.heading.setText(translate("Card", "Show your donor card"))
        self.instruction.setText(translate("Card", "Hold the square code of your card under the scanner's red light."))
        self.error.setText(message(self.code) if self.code else "")
        self.error.setVisible(bool(self.code))


class CinScreen(Screen):
    name = "cin"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent=parent)
        self.hint = label("hint")
        self.field = keyboard_field("cin")
        self.field.setObjectName("cin")
        self.field.setMaxLength(12)
        self.field.returnPressed.connect(self.forward)
        self.field.textChanged.connect(lambda _text: self.show_error(""))
        self.error = label("error")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.field, 2)
        row.addStretch(1)
        self.body.addWidget(self.hint)
        self.body.addLayout(row)
        self.body.addWidget(self.error)
        self.body.addStretch(1)
        self.code = ""
        self.translate_ui()

    def show_error(self, code: str) -> None:
        self.code = code
        self.field.setProperty("invalid", bool(code))
        self.field.style().polish(self.field)
        self.translate_ui()

    def clear(self) -> None:
        self.field.clear()
        self.show_error("")

    def first_field(self) -> QWidget:
        return self.field

    def translate_ui(self) -> None:
        super().translate_ui()
        self.heading.setText(translate("Cin", "Your identity card number"))
        self.hint.setText(
            translate("Cin", "As written on your national identity card, for example %1.").replace(
                "%1", ltr("AB123456")
            )
        )
        self.error.setText(message(self.code) if self.code else "")
        self.error.setVisible(bool(self.code))


class ConfirmScreen(Screen):
    """ "Is this you?": the first name and the phone's last two digits only."""

    name = "confirm"
    answered = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(has_next=False, parent=parent)
        self.who = label("big")
        self.phone = label("body")
        self.yes = button("primary")
        self.no = button("secondary")
        self.yes.clicked.connect(lambda: self.answered.emit(True))
        self.no.clicked.connect(lambda: self.answered.emit(False))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.no)
        row.addSpacing(40)
        row.addWidget(self.yes)
        row.addStretch(1)
        self.body.addStretch(1)
        self.body.addWidget(self.who)
        self.body.addWidget(self.phone)
        self.body.addSpacing(30)
        self.body.addLayout(row)
        self.body.addStretch(2)
        self.masked: Masked | None = None
        self.translate_ui()

    def set_masked(self, masked: Masked | None) -> None:
        self.masked = masked
        self.translate_ui()

    def clear(self) -> None:
        self.set_masked(None)

    def translate_ui(self) -> None:
        super().translate_ui()
        self.heading.setText(translate("Confirm", "Is this you?"))
        masked = self.masked
        self.who.setText(masked.first_name if masked else "")
        if masked and masked.phone_tail:
            tail = ltr("\u2022\u2022 \u2022\u2022 \u2022\u2022 \u2022\u2022 " + masked.phone_tail)
            self.phone.setText(translate("Confirm", "Phone number ending in %1").replace("%1", tail))
        else:
            self.phone.setText("")
        self.yes.setText(translate("Confirm", "Yes, it is me"))
        self.no.setText(translate("Confirm", "No, it is not me"))


class NotFoundScreen(Screen):
    """A CIN nobody registered: check it again, or register as a new donor."""

    name = "not_found"
    register = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(has_next=False, parent=parent)
        self.text = label("body")
        self.cin = label("big")
        self.cin.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.check = button("secondary")
        self.new = button("primary")
        self.check.clicked.connect(self.back)
        self.new.clicked.connect(self.register)
        grid = QGridLayout()
        grid.addWidget(self.check, 0, 0)
        grid.addWidget(self.new, 0, 1)
        self.body.addStretch(1)
        self.body.addWidget(self.cin)
        self.body.addWidget(self.text)
        self.body.addSpacing(30)
        self.body.addLayout(grid)
        self.body.addStretch(2)
        self.value = ""
        self.translate_ui()

    def set_cin(self, value: str) -> None:
        self.value = value
        self.cin.setText(ltr(value))

    def clear(self) -> None:
        self.set_cin("")

    def translate_ui(self) -> None:
        super().translate_ui()
        self.heading.setText(translate("NotFound", "We did not find this number"))
        self.text.setText(
            translate(
                "NotFound", "Please check the number. If it is right, you can register now: it takes two minutes."
            )
        )
        self.check.setText(translate("NotFound", "Check the number"))
        self.new.setText(translate("NotFound", "Register"))

"""How the donor starts: a donor card, a first donation, or a CIN; then the
birth date (the age check, and for a card or a CIN the second factor), and the
masked confirmation of a returning donor. The kiosk is public: a CIN alone
shows nothing, and a matched donor sees a masked name ("S…a B."), never the record."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QRectF, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QWidget

from kiosk.kiosk_flow import Masked
from kiosk.ui.keyboard import keyboard_field
from kiosk.ui.kiosk_station.base import Screen, button, current_language
from kiosk.ui.kiosk_station.error_box import ErrorBox
from kiosk.ui.kiosk_station.pickers import DatePicker
from kiosk.ui.messages import message
from kiosk.ui.widgets import label, ltr, set_mark

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

    def paintEvent(self, _event: QPaintEvent) -> None:
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
        self.error_box = ErrorBox(centred=True)  # its room kept: nothing moves when it speaks
        self.error = self.error_box.label
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
        self.body.addWidget(self.error_box)
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
        self.error_box.show_error(message(self.code) if self.code else "")


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
        self.error_box = ErrorBox(centred=True)  # its room kept: nothing moves when it speaks
        self.error = self.error_box.label
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.field, 2)
        row.addStretch(1)
        self.body.addWidget(self.hint)
        self.body.addLayout(row)
        self.body.addWidget(self.error_box)
        self.body.addStretch(1)
        self.code = ""
        self.translate_ui()

    def show_error(self, code: str) -> None:
        self.code = code
        set_mark(self.field, "invalid", bool(code))
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
        self.error_box.show_error(message(self.code) if self.code else "")


class BirthDateScreen(Screen):
    """The birth date, picked by touch: checked for age at once and, after a card
    or a CIN, the second factor that must match before anything is shown."""

    name = "birth_date"

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent=parent)
        self.hint = label("hint")
        self.picker = DatePicker(today)
        self.picker.setObjectName("birth_date")
        self.picker.changed.connect(lambda: self.show_error(""))
        self.error_box = ErrorBox(centred=True)  # its room kept: nothing moves when it speaks
        self.error = self.error_box.label
        self.body.addWidget(self.hint)
        self.body.addWidget(self.picker)
        self.body.addWidget(self.error_box)
        self.body.addStretch(1)
        self.code = ""
        self.second_factor = False
        self.translate_ui()

    def set_second_factor(self, second_factor: bool) -> None:
        """After a card or a CIN the date confirms who the donor is; the hint says so."""
        self.second_factor = second_factor
        self.translate_ui()

    def show_error(self, code: str) -> None:
        self.code = code
        self.translate_ui()

    def clear(self) -> None:
        self.picker.set_value(None)
        self.show_error("")

    def set_today(self, today: date) -> None:
        self.picker.set_today(today)

    def translate_ui(self) -> None:
        super().translate_ui()
        self.heading.setText(translate("BirthDate", "Your date of birth"))
        if self.second_factor:
            self.hint.setText(
                translate("BirthDate", "To make sure it is you, tap the day, the month and the year of your birth.")
            )
        else:
            self.hint.setText(translate("Registration", "Tap the day, the month and the year of your birth."))
        self.error_box.show_error(message(self.code) if self.code else "")


class ConfirmScreen(Screen):
    """ "Is this you?": a masked name only, shown once the birth date matched."""

    name = "confirm"
    answered = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(has_next=False, parent=parent)
        self.who = label("big")
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
        self.who.setText(self.masked.name(current_language()) if self.masked else "")
        self.yes.setText(translate("Confirm", "Yes, it is me"))
        self.no.setText(translate("Confirm", "No, it is not me"))


class NotMatchedScreen(Screen):
    """The card or CIN and the birth date do not match a donor: the same words
    whether the CIN exists or not. Try again, or register; after too many tries,
    see a staff member."""

    name = "not_matched"
    retry = Signal()
    register = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent=parent)
        self.text = label("body")
        self.again = button("secondary")
        self.new = button("primary")
        self.again.clicked.connect(self.retry)
        self.new.clicked.connect(self.register)
        grid = QGridLayout()
        grid.addWidget(self.again, 0, 0)
        grid.addWidget(self.new, 0, 1)
        self.body.addStretch(1)
        self.body.addWidget(self.text)
        self.body.addSpacing(30)
        self.body.addLayout(grid)
        self.body.addStretch(2)
        self.refused = False
        self.translate_ui()

    def set_refused(self, refused: bool) -> None:
        """Too many tries for this CIN or card: only a staff member can help now."""
        self.refused = refused
        self.translate_ui()

    def clear(self) -> None:
        self.set_refused(False)

    def translate_ui(self) -> None:
        super().translate_ui()
        self.heading.setText(translate("NotMatched", "These details do not match"))
        if self.refused:
            self.text.setText(
                translate("NotMatched", "We cannot confirm these details here. Please see a staff member.")
            )
        else:
            self.text.setText(
                translate(
                    "NotMatched",
                    "Please check the number and the date of birth and try again. "
                    "If you have never given blood with us, you can register now.",
                )
            )
        self.again.setText(translate("NotMatched", "Try again"))
        self.new.setText(translate("NotFound", "Register"))
        self.next_button.setText(translate("Ticket", "Finish"))
        # After too many tries: "Finish" only (the header still calls a staff member).
        self.again.setVisible(not self.refused)
        self.new.setVisible(not self.refused)
        self.back_button.setVisible(not self.refused)
        self.next_button.setVisible(self.refused)

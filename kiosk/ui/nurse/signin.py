"""Signing in at the nurse station: pick your name, type your PIN on a large pad.

Five wrong PINs lock the station for a minute (`kiosk.domain.staff.Lockout`,
one per station window); the screen counts the seconds down. Checking a PIN
takes about 0.1 s on purpose (scrypt), outside any database transaction.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain import staff as rules
from kiosk.domain.staff import Actor, Lockout
from kiosk.domain.visits import VisitRefused
from kiosk.ui.nurse.context import StationContext
from kiosk.ui.nurse.messages import message, refusal
from kiosk.ui.widgets import isolate, label

log = logging.getLogger(__name__)

STAFF_ID_ROLE = 0x0101


def pad_button(text: str, object_name: str = "digit") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(object_name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


class SignInScreen(QWidget):
    """`signed_in(actor)` after a right PIN."""

    signed_in = Signal(object)

    def __init__(self, context: StationContext, lockout: Lockout, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.lockout = lockout
        self.title = label("heading", align=Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.station_line = label("subtitle", align=Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.staff_heading = label("section", wrap=False, align=Qt.AlignmentFlag.AlignLeading)
        self.staff_list = QListWidget()
        self.staff_list.setObjectName("staffList")
        self.pin_heading = label("section", wrap=False, align=Qt.AlignmentFlag.AlignLeading)
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.setValidator(
            QRegularExpressionValidator(QRegularExpression("[0-9\u0660-\u0669\u06f0-\u06f9]{0,8}"), self)
        )
        self.digits: dict[str, QPushButton] = {}
        pad = QGridLayout()
        pad.setSpacing(8)
        for index, digit in enumerate("123456789"):
            self.digits[digit] = pad_button(digit)
            pad.addWidget(self.digits[digit], index // 3, index % 3)
        self.clear_button = pad_button("", "padKey")
        self.digits["0"] = pad_button("0")
        self.erase_button = pad_button("\u232b", "padKey")
        pad.addWidget(self.clear_button, 3, 0)
        pad.addWidget(self.digits["0"], 3, 1)
        pad.addWidget(self.erase_button, 3, 2)
        self.pad = QWidget()
        self.pad.setLayout(pad)
        self.pad.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a keypad reads 1 2 3 in any language
        self.sign_in_button = pad_button("", "primary")
        self.feedback = label("error")

        left = QVBoxLayout()
        left.setSpacing(8)  # not the columns' spacing, which nested layouts would inherit
        left.addWidget(self.staff_heading)
        left.addWidget(self.staff_list, 1)
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(self.pin_heading)
        right.addWidget(self.pin)
        right.addWidget(self.pad)
        right.addSpacing(8)
        right.addWidget(self.sign_in_button)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(48)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        outer = QVBoxLayout(self)
        outer.setSpacing(10)
        outer.setContentsMargins(48, 12, 48, 12)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addSpacing(24)
        heading.addWidget(self.station_line, 1)
        outer.addLayout(heading)
        outer.addLayout(columns, 1)
        outer.addWidget(self.feedback)

        for digit, button in self.digits.items():
            button.clicked.connect(lambda _=False, d=digit: self.press(d))
        self.clear_button.clicked.connect(self.pin.clear)
        self.erase_button.clicked.connect(self.pin.backspace)
        self.sign_in_button.clicked.connect(self.submit)
        self.pin.returnPressed.connect(self.submit)
        self.staff_list.itemClicked.connect(lambda _item: self.pin.setFocus())
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._show_lock)
        context.words.changed.connect(self.translate_ui)
        self.translate_ui()

    def translate_ui(self, _lang: str = "") -> None:
        translate = self.context.words.translate
        self.title.setText(translate("NurseSignIn", "Nurse station"))
        self.station_line.setText(
            translate("NurseSignIn", "Booth %1 \u00b7 %2")
            .replace("%1", str(self.context.booth))
            .replace("%2", self.context.station)
        )
        self.staff_heading.setText(translate("NurseSignIn", "Who are you?"))
        self.pin_heading.setText(translate("NurseSignIn", "Your PIN"))
        self.pin.setPlaceholderText(translate("NurseSignIn", "4 to 8 digits"))
        self.clear_button.setText(translate("NurseSignIn", "Clear"))
        self.erase_button.setToolTip(translate("NurseSignIn", "Erase the last digit"))
        self.sign_in_button.setText(translate("NurseSignIn", "Sign in"))
        self._role_texts()
        if self.lockout.locked(self.context.app.now()):
            self._show_lock()
        elif self.staff_list.count() == 0 and self.isVisible():
            self.feedback.setText(
                translate(
                    "NurseSignIn",
                    "No staff member is set up yet: the organiser adds them with \u201ckiosk staff add\u201d.",
                )
            )

    def _role_texts(self) -> None:
        translate = self.context.words.translate
        roles = {
            rules.NURSE: translate("NurseSignIn", "nurse"),
            rules.DOCTOR: translate("NurseSignIn", "doctor"),
            rules.ORGANISER: translate("NurseSignIn", "organiser"),
        }
        for row in range(self.staff_list.count()):
            item = self.staff_list.item(row)
            name, role = item.data(STAFF_ID_ROLE + 1)
            item.setText(f"{isolate(name)} \u2014 {roles.get(role, role)}")

    # -- staff ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """The active staff, fresh from the database (the organiser may have added someone)."""
        from kiosk.storage import staff as store

        people = self.context.read(lambda s: store.list_staff(s)) or []
        chosen = self.chosen_staff()
        self.staff_list.clear()
        for person in people:
            item = QListWidgetItem()
            item.setData(STAFF_ID_ROLE, person.id)
            item.setData(STAFF_ID_ROLE + 1, (person.name, person.role))
            self.staff_list.addItem(item)
            if person.id == chosen:
                item.setSelected(True)
                self.staff_list.setCurrentItem(item)
        self._role_texts()
        if len(people) == 1:
            self.staff_list.setCurrentRow(0)
        self.translate_ui()

    def choose(self, staff_id: int) -> None:
        for row in range(self.staff_list.count()):
            if self.staff_list.item(row).data(STAFF_ID_ROLE) == staff_id:
                self.staff_list.setCurrentRow(row)
                return

    def chosen_staff(self) -> int | None:
        item = self.staff_list.currentItem()
        return item.data(STAFF_ID_ROLE) if item is not None and item.isSelected() else None

    # -- PIN -----------------------------------------------------------------------------------
    def press(self, digit: str) -> None:
        if len(self.pin.text()) < self.pin.maxLength():
            self.pin.insert(digit)

    def reset(self) -> None:
        """Back to an empty screen (after a sign-out): no name chosen, no digit typed."""
        self.pin.clear()
        self.staff_list.clearSelection()
        self.staff_list.setCurrentRow(-1)
        self.feedback.clear()
        self.reload()

    def submit(self) -> None:
        from kiosk.storage import staff as store

        translate = self.context.words.translate
        now = self.context.app.now()
        if self.lockout.locked(now):
            self.pin.clear()
            self._show_lock()
            return
        staff_id = self.chosen_staff()
        if staff_id is None:
            self.feedback.setText(message(self.context.words.lang, "staff.choose"))
            return
        typed = self.pin.text()
        self.pin.clear()
        try:
            rules.pin(typed)
        except VisitRefused as error:
            self.feedback.setText(refusal(self.context.words.lang, error))
            return
        self.feedback.setText(translate("NurseSignIn", "Checking\u2026"))
        self.feedback.repaint()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            actor: Actor = store.sign_in(self.context.app.db, self.context.station, staff_id, typed, self.lockout, now)
        except VisitRefused as error:
            if error.code == "staff.locked":
                self._show_lock()
            else:
                self.feedback.setText(refusal(self.context.words.lang, error))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.feedback.clear()
        self.signed_in.emit(actor)

    def _show_lock(self) -> None:
        seconds = self.lockout.seconds_left(self.context.app.now())
        locked = seconds > 0
        self.pad.setEnabled(not locked)
        self.pin.setEnabled(not locked)
        self.sign_in_button.setEnabled(not locked)
        if locked:
            self.feedback.setText(message(self.context.words.lang, "staff.locked", seconds=seconds))
            if not self._countdown.isActive():
                self._countdown.start()
        else:
            self._countdown.stop()
            self.feedback.clear()

    @property
    def locked(self) -> bool:
        return not self.sign_in_button.isEnabled()

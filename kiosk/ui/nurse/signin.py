"""Signing in at the nurse station: pick your name, type your PIN on a large pad.

Wrong PINs in a row lock the staff member and the station for longer and
longer (kiosk.storage.staff, kept in the database: a restart does not lift
it). A locked station shows its countdown and disables the pad; a locked name
says so and leaves the pad to the others. Checking a PIN takes about 0.1 s on
purpose (scrypt): it runs off the GUI thread (`PinCheck`), the pad says it is
checking and takes no second attempt meanwhile.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
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
from kiosk.domain.staff import STATION_SCOPE, Actor
from kiosk.domain.visits import VisitRefused
from kiosk.ui.nurse.context import StationContext
from kiosk.ui.nurse.messages import message, refusal
from kiosk.ui.pin_check import PinCheck, lock_seconds
from kiosk.ui.widgets import QT_TRANSLATE_N_NOOP, isolate, label

log = logging.getLogger(__name__)

STAFF_ID_ROLE = 0x0101

# Lock texts (the schedule grows to an hour: "60 s" no longer fits every lock).
STATION_LOCKED = QT_TRANSLATE_NOOP(
    "NurseSignIn", "Too many wrong PINs at this station: signing in here is locked for %1."
)
NAME_LOCKED = QT_TRANSLATE_NOOP(
    "NurseSignIn", "Too many wrong PINs for this name: it is locked for %1. Other names can sign in."
)
SECONDS = QT_TRANSLATE_N_NOOP("NurseSignIn", "%n second(s)", None, 30)
MINUTES = QT_TRANSLATE_N_NOOP("NurseSignIn", "%n minute(s)", None, 5)


def lock_text(translate: Callable[..., str], scope: str, seconds: int) -> str:
    """The sentence for a lock of `seconds` on a station or a name, in the station's language."""
    if seconds < 60:
        duration = translate("NurseSignIn", SECONDS, None, seconds)
    else:
        duration = translate("NurseSignIn", MINUTES, None, math.ceil(seconds / 60))
    source = STATION_LOCKED if scope == STATION_SCOPE else NAME_LOCKED
    return translate("NurseSignIn", source).replace("%1", duration)


def pad_button(text: str, object_name: str = "digit") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(object_name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


class SignInScreen(QWidget):
    """`signed_in(actor)` after a right PIN."""

    signed_in = Signal(object)

    def __init__(self, context: StationContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.locked_until: datetime | None = None  # the station's lock, as the database last said
        self.check = PinCheck(self)
        self.check.finished.connect(self._checked)
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
        self._said: Callable[[], str] | None = None  # what the feedback line says, in the language of the moment

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
        if self._station_seconds() > 0:
            self._show_lock()
        elif self.check.busy:
            self.feedback.setText(translate("NurseSignIn", "Checking\u2026"))
        elif self._said is not None:
            self.feedback.setText(self._said())
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

        station_name = self.context.station
        people, states = self.context.read(lambda s: (store.list_staff(s), store.lock_state(s, station_name))) or (
            [],
            {},
        )
        station = states.get(STATION_SCOPE)
        self.locked_until = station.locked_until if station is not None else None  # a restart keeps the lock
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

    def _say(self, text: Callable[[], str] | None) -> None:
        """Under the pad, read again when staff switch language (None clears it)."""
        self._said = text
        self.feedback.setText(text() if text is not None else "")

    # -- PIN -----------------------------------------------------------------------------------
    def press(self, digit: str) -> None:
        if len(self.pin.text()) < self.pin.maxLength():
            self.pin.insert(digit)

    def reset(self) -> None:
        """Back to an empty screen (after a sign-out): no name chosen, no digit typed."""
        self.pin.clear()
        self.staff_list.clearSelection()
        self.staff_list.setCurrentRow(-1)
        self._say(None)
        self.reload()

    def submit(self) -> None:
        from kiosk.storage import staff as store

        if self.check.busy:  # a second tap while the first PIN is being checked
            return
        now = self.context.app.now()
        if self._station_seconds() > 0:
            self.pin.clear()
            self._show_lock()
            return
        staff_id = self.chosen_staff()
        if staff_id is None:
            self._say(lambda: message(self.context.words.lang, "staff.choose"))
            return
        typed = self.pin.text()
        self.pin.clear()
        try:
            rules.pin(typed)
        except VisitRefused as error:
            refused = error
            self._say(lambda: refusal(self.context.words.lang, refused))
            return
        db, station = self.context.app.db, self.context.station
        self.check.start(lambda: store.sign_in(db, station, staff_id, typed, now))
        self._set_checking(True)

    def _set_checking(self, checking: bool) -> None:
        for widget in (self.pad, self.pin, self.sign_in_button, self.staff_list):
            widget.setEnabled(not checking)
        if checking:
            self.feedback.setText(self.context.words.translate("NurseSignIn", "Checking\u2026"))
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _checked(self, result: object) -> None:
        """Back on the GUI thread with the sign-in's outcome."""
        from sqlalchemy.exc import SQLAlchemyError

        translate = self.context.words.translate
        self._set_checking(False)
        if isinstance(result, Actor):
            self._say(None)
            self.signed_in.emit(result)
            return
        if isinstance(result, VisitRefused) and result.code == "staff.locked":
            scope, seconds = str(result.detail.get("scope", STATION_SCOPE)), lock_seconds(result)
            if scope == STATION_SCOPE:
                self.locked_until = self.context.app.now() + timedelta(seconds=seconds)
                self._show_lock()
            else:
                self._say(lambda: lock_text(translate, scope, seconds))
        elif isinstance(result, VisitRefused):
            refused = result
            self._say(lambda: refusal(self.context.words.lang, refused))
        elif isinstance(result, SQLAlchemyError):
            log.warning("sign-in could not reach the database: %s", result)
            self._say(lambda: message(self.context.words.lang, "storage.failed"))
        elif isinstance(result, BaseException):
            raise result

    def _station_seconds(self) -> int:
        if self.locked_until is None:
            return 0
        return max(0, math.ceil((self.locked_until - self.context.app.now()).total_seconds()))

    def _show_lock(self) -> None:
        seconds = self._station_seconds()
        locked = seconds > 0
        self.pad.setEnabled(not locked)
        self.pin.setEnabled(not locked)
        self.sign_in_button.setEnabled(not locked)
        if locked:
            self.feedback.setText(lock_text(self.context.words.translate, STATION_SCOPE, seconds))
            if not self._countdown.isActive():
                self._countdown.start()
        else:
            self.locked_until = None
            self._countdown.stop()
            self._say(None)

    @property
    def locked(self) -> bool:
        """Whether the station's lock keeps the pad closed."""
        return self.locked_until is not None and not self.sign_in_button.isEnabled()

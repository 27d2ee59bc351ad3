"""Panels over the whole kiosk: the inactivity countdown and the staff PIN."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.domain.visits import VisitRefused
from kiosk.ui.keyboard import BACKSPACE, ENTER, KeyPad, compact_width, follow_script, mark_script
from kiosk.ui.kiosk_station.base import button
from kiosk.ui.kiosk_station.error_box import ErrorBox
from kiosk.ui.kiosk_station.staff import refusal_text
from kiosk.ui.messages import message
from kiosk.ui.pin_check import PinCheck
from kiosk.ui.widgets import label, ltr

translate = QCoreApplication.translate


class Overlay(QWidget):
    """Darkens the window and holds a centred panel; follows the window's size."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.panel = QWidget()
        self.panel.setObjectName("panel")
        self.panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.panel.setMinimumWidth(760)
        self.content = QVBoxLayout(self.panel)
        self.content.setContentsMargins(40, 32, 40, 32)
        self.content.setSpacing(18)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.panel)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.host = parent
        parent.installEventFilter(self)
        self.hide()

    def open(self) -> None:
        self.setGeometry(self.host.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.host.rect())
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    def translate_ui(self) -> None:
        pass


class IdleOverlay(Overlay):
    """ "Are you still there?" with a countdown; `expired` when it reaches zero."""

    expired = Signal()

    def __init__(self, parent: QWidget, countdown_ms: int = 10_000):
        super().__init__(parent)
        self.countdown_ms = countdown_ms
        self.left_ms = countdown_ms
        self.heading = label("heading")
        self.text = label("body")
        self.seconds = label("countdown")
        self.resume = button("primary")
        self.resume.clicked.connect(self.stop)
        self.content.addWidget(self.heading)
        self.content.addWidget(self.text)
        self.content.addWidget(self.seconds)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.resume)
        row.addStretch(1)
        self.content.addLayout(row)
        self.tick = QTimer(self)
        self.tick.setInterval(max(10, min(1000, countdown_ms // 10)))
        self.tick.timeout.connect(self._tick)
        self.translate_ui()

    def start(self) -> None:
        self.left_ms = self.countdown_ms
        self.translate_ui()
        self.open()
        self.tick.start()

    def stop(self) -> None:
        if not self.isVisible():
            return
        self.tick.stop()
        self.hide()

    def _tick(self) -> None:
        self.left_ms -= self.tick.interval()
        if self.left_ms <= 0:
            self.tick.stop()
            self.hide()
            self.expired.emit()
            return
        self.translate_ui()

    def translate_ui(self) -> None:
        seconds = max(0, (self.left_ms + 999) // 1000)
        self.heading.setText(translate("Idle", "Are you still there?"))
        self.text.setText(translate("Idle", "Touch the screen to continue. Otherwise, what you typed will be erased."))
        self.seconds.setText(ltr(seconds))
        self.resume.setText(translate("Idle", "Continue"))


class PinOverlay(Overlay):
    """Leaving kiosk mode: the staff member taps their name, then types their PIN.
    `names()` lists (id, name); `check(id, pin)` returns None when the PIN is
    right, else the refusal (kiosk.ui.kiosk_station.staff). It blocks (scrypt):
    it runs off the GUI thread, the panel says it is checking meanwhile."""

    unlocked = Signal()

    def __init__(
        self,
        parent: QWidget,
        names: Callable[[], list[tuple[int, str]]],
        check: Callable[[int, str], VisitRefused | None],
    ):
        super().__init__(parent)
        self.names, self.check = names, check
        self.checker = PinCheck(self)  # the PIN is checked off the GUI thread, one attempt at a time
        self.checker.finished.connect(self._checked)
        self.refused: VisitRefused | None = None
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # staff, not donors: one fixed layout
        self.heading = label("heading")
        self.people = QGridLayout()
        self.people.setSpacing(8)
        self.group = QButtonGroup(self)
        self.field = QLineEdit()
        self.field.setObjectName("pin")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(8)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.returnPressed.connect(self.submit)
        follow_script(self.field)  # "PIN" in Arabic sits in the middle too
        self.error_box = ErrorBox(centred=True)  # its room kept: the pad stays under the finger
        self.error = self.error_box.label
        digits = [[(key, 1.0) for key in row] for row in ("123", "456", "789", (BACKSPACE, "0", ENTER))]
        self.pad = KeyPad(digits, compact=True)
        self.pad.setFixedSize(compact_width(digits), self.pad.rows_height(len(digits)))
        self.pad.pressed.connect(self._key)
        self.cancel = button("secondary")
        self.cancel.clicked.connect(self.close_panel)
        self.content.addWidget(self.heading)
        self.content.addLayout(self.people)
        self.content.addWidget(self.field)
        self.content.addWidget(self.error_box)
        pad_row = QHBoxLayout()
        pad_row.addStretch(1)
        pad_row.addWidget(self.pad)
        pad_row.addStretch(1)
        self.content.addLayout(pad_row)
        self.content.addWidget(self.cancel)
        self.code = ""
        self.staff_id: int | None = None
        self.choices: dict[int, QPushButton] = {}
        self.translate_ui()

    def open(self) -> None:
        self.field.clear()
        self.code = ""
        self.refused = None
        self.staff_id = None
        for old in self.choices.values():
            self.group.removeButton(old)
            self.people.removeWidget(old)
            old.hide()
            old.deleteLater()
        self.choices = {}
        try:
            people = self.names()
        except Exception:  # noqa: BLE001 - no database, no staff: the panel says so
            people = []
        for index, (staff_id, name) in enumerate(people[:12]):
            choice = button("choice_small", checkable=True)
            choice.setText(name)
            choice.clicked.connect(lambda _=False, i=staff_id: self._choose(i))
            self.group.addButton(choice)
            self.people.addWidget(choice, index // 3, index % 3)
            self.choices[staff_id] = choice
        if not people:
            self.code = "pin.unavailable"
        elif len(people) == 1:
            self._choose(people[0][0])
            self.choices[people[0][0]].setChecked(True)
        self.translate_ui()
        super().open()

    def _choose(self, staff_id: int) -> None:
        self.staff_id = staff_id
        self.code = ""
        self.refused = None
        self.translate_ui()

    def close_panel(self) -> None:
        self.field.clear()
        self.hide()

    def _key(self, text: str) -> None:
        if text == BACKSPACE:
            self.field.backspace()
        elif text == ENTER:
            self.submit()
        else:
            self.field.insert(text)

    def submit(self) -> None:
        if self.staff_id is None or self.checker.busy:
            return
        staff_id, typed, check = self.staff_id, self.field.text(), self.check
        self.field.clear()
        self.checker.start(lambda: check(staff_id, typed))
        self.refused, self.code = None, ""
        self.translate_ui()

    def _checked(self, result: object) -> None:
        if isinstance(result, BaseException) and not isinstance(result, VisitRefused):
            self.translate_ui()
            raise result
        if result is None:
            self.translate_ui()
            self.hide()
            self.unlocked.emit()
            return
        self.refused = result if isinstance(result, VisitRefused) else None
        self.translate_ui()

    def translate_ui(self) -> None:
        self.heading.setText(translate("Staff", "Staff: leave kiosk mode"))
        self.field.setPlaceholderText(translate("Staff", "PIN") if self.staff_id is not None else "")
        mark_script(self.field)
        checking = self.checker.busy
        self.field.setEnabled(self.staff_id is not None and not checking)
        self.pad.setEnabled(not checking)
        if checking:
            self.error_box.show_note(translate("Staff", "Checking\u2026"))
        elif self.refused is not None:
            self.error_box.show_error(refusal_text(self.refused))
        else:
            self.error_box.show_error(message(self.code) if self.code else "")
        self.cancel.setText(translate("Staff", "Cancel"))


class StaffMenu(Overlay):
    """What a staff member who typed their PIN may do: leave kiosk mode (the
    window gets its frame back, the kiosk keeps running), quit the kiosk, or go
    back to it as it was. A wrong tap costs nothing: quitting is its own button."""

    leave = Signal()
    quit = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # staff, not donors: like the PIN panel
        self.heading = label("heading")
        self.leave_button = button("primary")
        self.quit_button = button("secondary")
        self.back_button = button("secondary")
        self.leave_button.clicked.connect(self._leave)
        self.quit_button.clicked.connect(self._quit)
        self.back_button.clicked.connect(self.hide)
        self.content.addWidget(self.heading)
        for widget in (self.leave_button, self.quit_button, self.back_button):
            self.content.addWidget(widget)
        self.translate_ui()

    def _leave(self) -> None:
        self.hide()
        self.leave.emit()

    def _quit(self) -> None:
        self.hide()
        self.quit.emit()

    def translate_ui(self) -> None:
        self.heading.setText(translate("Staff", "Staff menu"))
        self.leave_button.setText(translate("Staff", "Leave kiosk mode"))
        self.quit_button.setText(translate("Staff", "Quit the program"))
        self.back_button.setText(translate("Staff", "Back to the kiosk"))

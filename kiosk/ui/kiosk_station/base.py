"""What every kiosk screen shares: a heading, a body, Back and Next; texts set
in one `translate_ui()` that runs at build time and on every language change."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QScroller, QVBoxLayout, QWidget

from kiosk.i18n.qt import application_language
from kiosk.ui.widgets import label

translate = QCoreApplication.translate

MARGIN = 40


def button(object_name: str, *, checkable: bool = False) -> QPushButton:
    """A touch button: never takes keyboard focus (the field being typed in keeps it)."""
    widget = QPushButton()
    widget.setObjectName(object_name)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    widget.setCheckable(checkable)
    return widget


def touch_scroll(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless area that scrolls up and down under a finger (a touch
    screen has no scroll bar to grab); it is laid out to the area's width."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return area


class Screen(QWidget):
    """A step of the flow. `back` and `forward` are the footer's buttons; a screen
    without one of them hides it. `name` identifies it (screenshots, logs)."""

    back = Signal()
    forward = Signal()
    name = "screen"

    def __init__(self, *, has_back: bool = True, has_next: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = label("heading")
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        self.back_button = button("back")
        self.next_button = button("primary")
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.forward)
        self.back_button.setVisible(has_back)
        self.next_button.setVisible(has_next)
        footer = QHBoxLayout()
        footer.setSpacing(24)
        footer.addWidget(self.back_button)
        footer.addStretch(1)
        footer.addWidget(self.next_button)
        self.footer = footer
        outer = QVBoxLayout(self)
        outer.setContentsMargins(MARGIN, 0, MARGIN, 10)
        outer.setSpacing(6)
        outer.addWidget(self.heading)
        outer.addLayout(self.body, 1)
        outer.addLayout(footer)

    def translate_ui(self) -> None:
        self._texts_in = current_language()  # showing the screen in this language need not set them again
        self.back_button.setText(translate("Screen", "Back"))
        self.next_button.setText(translate("Screen", "Next"))

    # Only the screen in front follows a switch of language at once; the others
    # when they come forward (a switch then costs one screen, not twenty). Qt
    # hands a switch to every widget and layout of every screen, hundreds of
    # them: a screen not in front keeps it from its own until it is shown.
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and not self.isVisible():
            self._language_changed = True
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if (
            event.type() == QEvent.Type.LanguageChange
            and self.isVisible()
            and getattr(self, "_texts_in", None) != current_language()
        ):
            self.translate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if getattr(self, "_language_changed", False):
            self._language_changed = False
            super().event(QEvent(QEvent.Type.LanguageChange))  # the screen, then each widget in it
        if getattr(self, "_texts_in", None) != current_language():
            self.translate_ui()
        super().showEvent(event)

    def clear(self) -> None:
        """Forget anything the previous donor typed or chose here."""

    def first_field(self) -> QWidget | None:
        """The field that takes focus when the screen opens (and brings the keyboard)."""
        return None


def current_language() -> str:
    """The kiosk's language now, as its LanguageSwitch set it."""
    return application_language()

"""Small widgets the screens share."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QLabel, QWidget


def QT_TRANSLATE_N_NOOP(context: str, source: str, disambiguation: str | None = None, example: int = 0) -> str:  # noqa: N802
    """Marks `source` as a sentence with a count, to be translated later with
    `translate(context, source, None, n)` in the plural form `n` needs (Arabic
    has six, French two). pyside6-lupdate (run with this name as an alias of
    QT_TRANSLATE_NOOP, see scripts/i18n.py) gives a message plural forms only
    when the call's count is a number literal, hence `example`; it is unused."""
    return source


def label(object_name: str, *, wrap: bool = True, align=Qt.AlignmentFlag.AlignCenter) -> QLabel:
    widget = QLabel()
    widget.setObjectName(object_name)
    widget.setWordWrap(wrap)
    widget.setAlignment(align)
    return widget


class BloodDrop(QWidget):
    """The Qatra drop, drawn rather than loaded: crisp at any size, no file to miss."""

    def __init__(self, size: int = 120, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFixedSize(size, int(size * 1.3))

    def paintEvent(self, _event) -> None:
        w, h = self.width(), self.height()
        r = w / 2  # a round bottom under a pointed top
        path = QPainterPath()
        path.moveTo(w / 2, 0)
        path.cubicTo(w * 0.58, h * 0.22, w, h * 0.45, w, h - r)
        path.arcTo(0, h - 2 * r, w, 2 * r, 0, -180)
        path.cubicTo(0, h * 0.45, w * 0.42, h * 0.22, w / 2, 0)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillPath(path, QColor("#b71c1c"))
        painter.end()


class FirstPaintLabel(QLabel):
    """A label that says once when it has been painted: start-up work waits for it."""

    painted = Signal()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._said = False

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._said:
            self._said = True
            self.painted.emit()


def ltr(value: object) -> str:
    """`value` kept left to right inside any sentence (LRI … PDI): a CIN, a phone
    number or a ticket inside Arabic text stays `AB123456`, not reordered."""
    return f"\u2066{value}\u2069"


def isolate(value: object) -> str:
    """`value` with its own direction inside a sentence (FSI … PDI): a date or a
    name in the other script does not drag the punctuation around it."""
    return f"\u2068{value}\u2069"


def fill_screen(window: QWidget, screen=None, *, maximised: bool = False) -> None:
    """Full screen (or maximised) on `screen`, the window's own by default.

    The geometry is set first: with no window manager (a kiosk PC started
    straight into X) Qt's full-screen request alone leaves the window small.
    """
    screen = screen or window.screen()
    if screen is not None:
        window.setScreen(screen)
        window.setGeometry(screen.availableGeometry() if maximised else screen.geometry())
    if maximised:
        window.showMaximized()
    else:
        window.showFullScreen()

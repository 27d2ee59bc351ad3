"""Small widgets the screens share."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `source` for translation in `context` and returns it unchanged, as
    PySide6's own does; its stub says it returns `object`, this one says `str`."""
    return source


def QT_TRANSLATE_N_NOOP(context: str, source: str, disambiguation: str | None = None, example: int = 0) -> str:  # noqa: N802
    """Marks `source` as a sentence with a count, to be translated later with
    `translate(context, source, None, n)` in the plural form `n` needs (Arabic
    has six, French two). pyside6-lupdate (run with this name as an alias of
    QT_TRANSLATE_NOOP, see scripts/i18n.py) gives a message plural forms only
    when the call's count is a number literal, hence `example`; it is unused."""
    return source


class MeasuredLabel(QLabel):
    """A QLabel that remembers its height at each width for the texts it showed
    last (a screen's texts in each language), in each font and with each margin.
    Qt lays a wrapped text out again each time a layout asks, and layouts ask
    several times per pass (a stack asks every page, shown or not): with Arabic
    shaping that was most of the time a kiosk screen took to change.

    What the height depends on is read when asked, not followed by overriding
    `changeEvent`: a language switch sends every label two change events, which
    a Python override would each have to take."""

    REMEMBERED = 8  # texts (with their font and margins) remembered at once

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple, dict[int, int]] = {}

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        margins = self.contentsMargins()
        measured = (
            self.text(),
            self.wordWrap(),
            self.margin(),
            self.indent(),
            self.frameWidth(),
            (margins.left(), margins.top(), margins.right(), margins.bottom()),
            self.font().key(),
            self.layoutDirection(),
        )
        heights = self._heights.get(measured)
        if heights is None:
            if len(self._heights) >= self.REMEMBERED:
                self._heights.clear()
            heights = self._heights[measured] = {}
        height = heights.get(width)
        if height is None:
            height = heights[width] = super().heightForWidth(width)
        return height


def set_mark(widget: QWidget, name: str, value: object) -> None:
    """Set property `name`, which the style sheet selects on, re-styling `widget`
    only when the value changes: a style sheet pass costs about a layout's time,
    and a reset clears every field of the screens a donor saw."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def label(object_name: str, *, wrap: bool = True, align=Qt.AlignmentFlag.AlignCenter) -> QLabel:
    widget = MeasuredLabel()
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


class LinesLabel(QLabel):
    """A label exactly `lines` lines high whatever it says, so that a message appearing,
    wrapping or going away moves no button around it. A text longer than that ends in
    "…" (the whole of it in the tooltip); `full_text()` is what was set."""

    def __init__(self, object_name: str, lines: int, *, align=Qt.AlignmentFlag.AlignLeading) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        self.lines = lines
        self._full = ""
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)  # hidden, it keeps its room too
        self.setSizePolicy(policy)
        self._fix_height()

    def full_text(self) -> str:
        return self._full

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return False  # its height is fixed: layouts need not ask it per width

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(
            0, self.height() if self.minimumHeight() == self.maximumHeight() else super().minimumSizeHint().height()
        )

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._full = text
        self._fit()

    def clear(self) -> None:
        self.setText("")

    def _room(self) -> QRect:
        margins = self.contentsMargins()
        width = max(self.width() - margins.left() - margins.right() - 2 * self.margin() - 2, 40)
        return QRect(0, 0, width, 1_000_000)

    def _fits(self, text: str, metrics: QFontMetrics, room: QRect, height: int) -> bool:
        return metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), text).height() <= height

    def _height(self, metrics: QFontMetrics) -> int:
        """`lines` lines as tall as the tallest script makes them (Arabic more than Latin)."""
        sample = "\n".join(["Ag \u0642\u0637\u0631\u0629"] * self.lines)
        return metrics.boundingRect(QRect(0, 0, 10_000, 100_000), int(Qt.TextFlag.TextWordWrap), sample).height()

    def _fit(self) -> None:
        text = self._full
        metrics = QFontMetrics(self.font())
        room, height = self._room(), self._height(metrics)
        if text and not self._fits(text, metrics, room, height):
            low, high = 0, len(text)
            while low < high:  # the longest beginning that fits with its "…"
                middle = (low + high + 1) // 2
                if self._fits(text[:middle].rstrip() + "\u2026", metrics, room, height):
                    low = middle
                else:
                    high = middle - 1
            text = text[:low].rstrip() + "\u2026"
        super().setText(text)
        self.setToolTip(self._full if text != self._full else "")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fix_height()
            self._fit()

    def _fix_height(self) -> None:
        margins = self.contentsMargins()
        lines = self._height(QFontMetrics(self.font()))
        self.setFixedHeight(lines + margins.top() + margins.bottom() + 2 * self.margin())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:
        self._fix_height()
        self._fit()
        super().showEvent(event)

"""Arrivals and donations hour by hour, as bars: the organiser sees the rush coming.

Hours run left to right in both languages, as on the printed report."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.domain.day_report import HourFigures

ARRIVALS = QColor("#2F5D8A")
DONATIONS = QColor("#A4161A")
AXIS = QColor("#5A5A5A")
MAX_BAR = 28.0  # px: a short morning still looks like a chart, not two walls


class HourChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.hours: tuple[HourFigures, ...] = ()
        self.setMinimumHeight(100)  # room for the storage and backup banners on a 768-pixel laptop
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_hours(self, hours: tuple[HourFigures, ...]) -> None:
        if hours != self.hours:
            self.hours = hours
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(8, 8, -8, -24)
        painter.setPen(AXIS)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if not self.hours:
            painter.end()
            return
        top = max(max(h.arrivals, h.donations) for h in self.hours) or 1
        slot = rect.width() / len(self.hours)
        bar = min(MAX_BAR, max(2.0, slot * 0.36))
        for index, hour in enumerate(self.hours):
            left = rect.left() + index * slot + (slot - 2 * bar) / 2
            for offset, value, color in ((0.0, hour.arrivals, ARRIVALS), (bar, hour.donations, DONATIONS)):
                height = rect.height() * value / top
                painter.fillRect(QRectF(left + offset, rect.bottom() - height, bar, height), color)
            painter.setPen(AXIS)
            painter.drawText(
                QRectF(rect.left() + index * slot, rect.bottom() + 2, slot, 20),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                f"{hour.hour:02d}",
            )
        painter.end()

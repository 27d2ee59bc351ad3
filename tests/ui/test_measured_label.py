"""A label remembers its height per width, and forgets it when what it measures changes."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from kiosk.ui.widgets import MeasuredLabel

SHORT = "قطرة دم… حياة تستمر"
LONG = "خلال الاثني عشر شهرًا الأخيرة، هل تبرعتِ بالدم في مكان آخر (مركز تحاقن الدم، حملة أخرى)؟ " * 3


def twins() -> tuple[MeasuredLabel, QLabel]:
    labels = MeasuredLabel(), QLabel()
    for widget in labels:
        widget.setWordWrap(True)
    return labels


def test_the_height_follows_the_text_the_font_and_the_margins(qapp):
    measured, plain = twins()
    for widget in (measured, plain):
        widget.setText(SHORT)
    one_line = measured.heightForWidth(300)
    assert one_line == plain.heightForWidth(300)

    for widget in (measured, plain):
        widget.setText(LONG)
    assert measured.heightForWidth(300) == plain.heightForWidth(300) > one_line

    font = QFont(measured.font())
    font.setPointSize(font.pointSize() * 2)
    before = measured.heightForWidth(300)
    for widget in (measured, plain):
        widget.setFont(font)
    assert measured.heightForWidth(300) == plain.heightForWidth(300) > before

    before = measured.heightForWidth(300)
    for widget in (measured, plain):
        widget.setContentsMargins(0, 20, 0, 20)
    assert measured.heightForWidth(300) == plain.heightForWidth(300) == before + 40

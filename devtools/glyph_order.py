"""What a reader sees of a label's text: where each character's glyphs land once Qt
has applied the bidirectional algorithm, in the label's own font and direction.

`reversed_values(widget)` (tests of the staff screens) names every value (a blood group, a CIN, a ticket, a bag
number, a date's digits…) whose characters are not laid out left to right as one
run, e.g. `O+` shown as `+O` inside an Arabic sentence.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QWidget

# A value written left to right: Latin letters, digits and the signs that go with
# them (O+, AB-, BJ774102, QTR-000003, G1234 98 654321 H, 2025-12-02, 12,5).
VALUE = re.compile(r"[A-Za-z0-9][A-Za-z0-9+\-=/.,:]*[A-Za-z0-9+\-]|[A-Za-z0-9]")
_INVISIBLE = {"\u200e", "\u200f", "\u2066", "\u2067", "\u2068", "\u2069", "\u202a", "\u202b", "\u202c"}


def glyph_x(text: str, widget: QWidget, width: int | None = None) -> dict[int, tuple[int, float]]:
    """{character index: (line, x of its first glyph)} as the widget would lay `text` out."""
    layout = QTextLayout(text, widget.font())
    option = QTextOption()
    option.setTextDirection(widget.layoutDirection())
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width if width is not None else max(widget.width(), 50))
        lines.append(line)
    layout.endLayout()
    where: dict[int, tuple[int, float]] = {}
    for index, char in enumerate(text):
        if char in _INVISIBLE or char.isspace():
            continue
        runs = layout.glyphRuns(index, 1)
        xs = [point.x() for run in runs for point in run.positions()]
        if not xs:
            continue
        number = next(
            (n for n, line in enumerate(lines) if line.textStart() <= index < line.textStart() + line.textLength()), 0
        )
        where[index] = (number, min(xs))
    return where


def reversed_in(text: str, widget: QWidget, width: int | None = None) -> list[str]:
    """The values of `text` not laid out left to right, each character after the one before."""
    if not text:
        return []
    where = glyph_x(text, widget, width)
    bad = []
    for match in VALUE.finditer(text):
        points = [where[i] for i in range(match.start(), match.end()) if i in where]
        for (line_a, x_a), (line_b, x_b) in zip(points, points[1:], strict=False):
            if line_a == line_b and x_b <= x_a:
                bad.append(match.group())
                break
    return bad


def reversed_values(widget: QWidget) -> list[str]:
    """As `reversed_in` for a label's text (a button's, a line edit's…) at its own width."""
    if isinstance(widget, QLabel):
        text = widget.text()
        width = widget.contentsRect().width() if widget.wordWrap() else 100_000
    else:
        text = widget.text()  # type: ignore[attr-defined]
        width = 100_000
    return reversed_in(text, widget, width)


def rtl(widget: QWidget) -> bool:
    return widget.layoutDirection() == Qt.LayoutDirection.RightToLeft

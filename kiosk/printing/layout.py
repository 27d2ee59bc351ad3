"""A column of blocks stacked top to bottom, measured before anything is drawn.

Measuring first lets the ticket take exactly the roll length it needs and lets
the certificate shrink its type until everything fits the page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib.colors import Color, black
from reportlab.pdfgen.canvas import Canvas

from kiosk.printing import text
from kiosk.printing.fonts import Face
from kiosk.printing.text import Line

DrawFn = Callable[[Canvas, float, float, float], None]  # (canvas, left, right, top)


@dataclass
class Column:
    """Blocks between `left` and `right`; `rtl` sets what "start" and "end" mean."""

    rtl: bool
    blocks: list[tuple[float, DrawFn]] = field(default_factory=list)

    @property
    def height(self) -> float:
        return sum(h for h, _ in self.blocks)

    def side(self, align: str) -> str:
        if align == "start":
            return "right" if self.rtl else "left"
        if align == "end":
            return "left" if self.rtl else "right"
        return align

    def space(self, height: float) -> None:
        self.blocks.append((height, lambda canvas, left, right, top: None))

    def block(self, height: float, draw: DrawFn) -> None:
        self.blocks.append((height, draw))

    def lines(self, lines: list[Line], align: str = "start", color: Color = black) -> None:
        """Lines of one paragraph; the block spans their full ink extents."""
        side = self.side(align)
        baselines, y = [], 0.0
        for i, ln in enumerate(lines):
            if i == 0:
                y = ln.ascent
            else:
                y += max(lines[i - 1].leading, ln.leading)
            baselines.append(y)
        height = y + lines[-1].descent if lines else 0.0

        def draw(canvas: Canvas, left: float, right: float, top: float) -> None:
            canvas.setFillColor(color)
            x = {"left": left, "right": right, "center": (left + right) / 2}[side]
            for ln, offset in zip(lines, baselines, strict=False):
                text.draw(canvas, ln, x, top - offset, side)

        self.blocks.append((height, draw))

    def paragraph(
        self,
        value: str,
        face: Face,
        size: float,
        width: float,
        *,
        align: str = "start",
        max_lines: int = 1,
        min_size: float | None = None,
        color: Color = black,
    ) -> None:
        lines = text.fit(
            value,
            face,
            size,
            width,
            self.rtl,
            max_lines=max_lines,
            min_size=min_size,
            balance=self.side(align) == "center",
        )
        self.lines(lines, align, color)

    def items(
        self,
        values: list[str],
        separator: str,
        face: Face,
        size: float,
        width: float,
        *,
        align: str = "start",
        min_size: float | None = None,
        color: Color = black,
    ) -> None:
        """Short items (organisers) on one line when they fit, else one item per line:
        a separator never starts or ends a line."""
        joined = separator.join(values)
        if text.line(joined, face, size, self.rtl).width <= width or len(values) < 2:
            self.paragraph(joined, face, size, width, align=align, max_lines=2, min_size=min_size, color=color)
            return
        for value in values:
            self.paragraph(value, face, size, width, align=align, max_lines=2, min_size=min_size, color=color)

    def draw(self, canvas: Canvas, left: float, right: float, top: float) -> float:
        """Draw every block from `top` down; returns the y where the column ends."""
        y = top
        for height, draw in self.blocks:
            draw(canvas, left, right, y)
            y -= height
        return y

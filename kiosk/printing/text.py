"""Lines of text laid out for reportlab: visual order, one font per script run, fit to a width.

Sizes are nominal (Latin) point sizes; Arabic runs are drawn `ARABIC_SCALE`
larger so both scripts look the same size side by side. Every line is measured
as drawn, so a block can be wrapped or shrunk until it fits: nothing on a
document is ever clipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from kiosk.printing import fonts
from kiosk.printing.arabic import FSI, LRI, PDI, RLI, RLM, visual
from kiosk.printing.fonts import Face

# Baseline to baseline in a paragraph, in nominal em. Latin: the usual 1.3.
# Arabic: 92% of the full ink extents (1.5 em of the Arabic size, as Naskh is
# set in print); a hamza on an alef and a meem tail below rarely meet.
LATIN_LEADING = 1.3
ARABIC_LEADING = 0.92 * (fonts.ARABIC_ASCENT + fonts.ARABIC_DESCENT) * fonts.ARABIC_SCALE

BRACKETS = frozenset("()[]{}")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")


@dataclass(frozen=True)
class Run:
    text: str
    font: str
    size: float
    width: float


@dataclass(frozen=True)
class Line:
    """One line in visual order: draw its runs left to right."""

    runs: tuple[Run, ...]
    width: float
    ascent: float
    descent: float
    leading: float  # baseline to baseline within a paragraph

    @property
    def height(self) -> float:
        return self.ascent + self.descent

    def scaled(self, factor: float) -> Line:
        return Line(
            tuple(Run(r.text, r.font, r.size * factor, r.width * factor) for r in self.runs),
            self.width * factor,
            self.ascent * factor,
            self.descent * factor,
            self.leading * factor,
        )


def _script(ch: str, own: str | None = None) -> str | None:
    if _ARABIC.match(ch):
        return "ar"
    if own is not None and not ch.isspace() and fonts.has_glyph(own, ch):
        return "own"  # the document language's own font draws what it has
    if ch.isalpha():
        return "latin"
    return None  # digits, spaces, punctuation: drawn with their neighbours


def _split_runs(vis: str, rtl: bool, own: str | None = None) -> list[tuple[str, str]]:
    """(script, text) runs in visual order.

    Digits, spaces and punctuation have no script of their own. Between two
    letters of different scripts they are split at the spaces: what touches a
    letter goes with it. Brackets are the exception: they take the line's own
    script, so that `Benjelloun (سلمى)` has brackets of the line's size around
    the larger-drawn Arabic. At the ends of the line they follow the nearest
    letter; a line without letters takes the document's script.
    """
    scripts = [_script(ch, own) for ch in vis]
    strong = [i for i, s in enumerate(scripts) if s]
    if not strong:
        return [("ar" if rtl else "latin", vis)] if vis else []
    owner = list(scripts)
    for i in range(strong[0]):
        owner[i] = scripts[strong[0]]
    for i in range(strong[-1] + 1, len(vis)):
        owner[i] = scripts[strong[-1]]
    for a, b in zip(strong, strong[1:], strict=False):
        if b - a < 2:
            continue
        left, right = scripts[a], scripts[b]
        gap = vis[a + 1 : b]
        first_space = next((k for k, ch in enumerate(gap) if ch.isspace()), None)
        if left == right or first_space is None:
            cut = len(gap)
        else:
            cut = max(k for k, ch in enumerate(gap) if ch.isspace()) + 1
        for k in range(len(gap)):
            owner[a + 1 + k] = left if k < cut else right
    base = "ar" if rtl else "latin"
    for i, ch in enumerate(vis):
        if ch in BRACKETS and scripts[i] is None:
            owner[i] = base  # the line's own size: `Benjelloun (سلمى)` has Latin brackets
    out: list[tuple[str, str]] = []
    start = 0
    for i in range(1, len(vis) + 1):
        if i == len(vis) or owner[i] != owner[start]:
            out.append((owner[start] or ("ar" if rtl else "latin"), vis[start:i]))  # every gap was filled
            start = i
    return out


@lru_cache(maxsize=2048)
def _unit_line(text: str, face: Face, rtl: bool) -> Line:
    fonts.ensure_registered()
    runs = []
    ascent, descent, leading = fonts.LATIN_ASCENT, fonts.LATIN_DESCENT, LATIN_LEADING
    for script, chunk in _split_runs(visual(text, rtl, marked=True), rtl, face.own):
        if script == "ar" or (script == "latin" and face.latin == face.arabic):
            # One font for the whole line (an Arabic document's values in Amiri): one size too.
            font, size = face.arabic, fonts.ARABIC_SCALE
            ascent, descent = max(ascent, fonts.ARABIC_ASCENT * size), max(descent, fonts.ARABIC_DESCENT * size)
            leading = ARABIC_LEADING
        elif script == "own" and face.own is not None:
            font, size = face.own, 1.0
        else:
            font, size = face.latin, 1.0
        runs.append(Run(chunk, font, size, stringWidth(chunk, font, size)))
    return Line(tuple(runs), sum(r.width for r in runs), ascent, descent, leading)


def line(text: str, face: Face, size: float, rtl: bool) -> Line:
    """`text` (logical order) as one line at nominal `size`."""
    return _unit_line(text, face, rtl).scaled(size)


def words(text: str) -> list[str]:
    """Split at spaces, but never inside an isolated value (`O+`, a phone number)."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in (FSI, LRI, RLI):
            depth += 1
        elif ch == PDI:
            depth = max(0, depth - 1)
        elif ch == " " and depth == 0:
            if i > start:
                out.append(text[start:i])
            start = i + 1
    if len(text) > start:
        out.append(text[start:])
    return out


def wrap(text: str, face: Face, size: float, width: float, rtl: bool) -> list[str]:
    """Greedy word wrap in logical order; a word wider than `width` gets a line of its own."""
    lines: list[str] = []
    current = ""
    for word in words(text):
        candidate = f"{current} {word}" if current else word
        if current and line(candidate, face, size, rtl).width > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current or not lines:
        lines.append(current)
    return lines


def balanced(text: str, face: Face, size: float, width: float, rtl: bool) -> list[str]:
    """The same number of lines as greedy wrapping, with lengths as even as can be
    (a centred title reads better as two halves than as a long line and a word)."""
    lines = wrap(text, face, size, width, rtl)
    if len(lines) < 2:
        return lines
    low, high = width / len(lines), width
    for _ in range(8):
        mid = (low + high) / 2
        if len(wrap(text, face, size, mid, rtl)) > len(lines):
            low = mid
        else:
            high = mid
    return wrap(text, face, size, high, rtl)


def fit(
    text: str,
    face: Face,
    size: float,
    width: float,
    rtl: bool,
    *,
    max_lines: int = 1,
    min_size: float | None = None,
    balance: bool = False,
) -> list[Line]:
    """Lines of `text` no wider than `width`.

    The size steps down from `size` to `min_size` until the text takes at most
    `max_lines` lines; below that it wraps onto as many lines as it needs, and a
    single word still too wide is scaled down on its own line.
    """
    min_size = min_size if min_size is not None else size * 0.7
    step = max(0.25, size * 0.04)
    current = size
    while True:
        chunks = (balanced if balance else wrap)(text, face, current, width, rtl)
        laid = [line(chunk, face, current, rtl) for chunk in chunks]
        if len(laid) <= max_lines and all(ln.width <= width for ln in laid):
            return laid
        if current - step < min_size:
            break
        current -= step
    return [ln if ln.width <= width else ln.scaled(width / ln.width) for ln in laid]


def draw(canvas: Canvas, ln: Line, x: float, baseline: float, align: str = "left") -> None:
    """Draw `ln` with its left edge, right edge or centre at `x`."""
    if align == "right":
        x -= ln.width
    elif align == "center":
        x -= ln.width / 2
    for run in ln.runs:
        canvas.setFont(run.font, run.size)
        if RLM in run.text:
            _draw_with_marks(canvas, run, x, baseline)
        else:
            canvas.drawString(x, baseline, run.text)
        x += run.width


def _draw_with_marks(canvas: Canvas, run: Run, x: float, baseline: float) -> None:
    """`run` with its reading marks (arabic.reading_marks) in the text layer
    only: invisible text (render mode 3), as a font may give the mark a
    visible glyph."""
    text = canvas.beginText(x, baseline)
    text.setFont(run.font, run.size)
    for part in re.split(f"({RLM}+)", run.text):
        if not part:
            continue
        if part.startswith(RLM):
            text.setTextRenderMode(3)
            text.textOut(part)
            text.setTextRenderMode(0)
        else:
            text.textOut(part)
    canvas.drawText(text)

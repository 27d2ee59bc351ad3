"""The bundled fonts, registered with reportlab once and on first use.

Arabic letters are set in Amiri, a Naskh drawn for print (it has every
presentation form arabic-reshaper produces). Latin letters are set in Noto Sans,
which stays legible small and on thermal paper. A line that mixes the two
scripts is drawn as runs, one font per run (see `text.py`); a document in a
language set in Amiri draws its Latin values (CIN, donor number) in Amiri too,
so that all its values share one font. reportlab embeds a
subset of each TrueType font it draws with, so a PDF prints the same anywhere.

A language whose `pdf_font` (resources/languages.toml) is neither of these gets
a face of its own: its font draws every character it has, Amiri the Arabic
letters and Noto Sans the rest (`faces`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kiosk.i18n import language
from kiosk.paths import FONTS
from kiosk.printing import text_layer

ARABIC = "Amiri"
ARABIC_BOLD = "Amiri-Bold"
LATIN = "NotoSans"
LATIN_BOLD = "NotoSans-Bold"
_FILES = {
    ARABIC: "Amiri-Regular.ttf",
    ARABIC_BOLD: "Amiri-Bold.ttf",
    LATIN: "NotoSans-Regular.ttf",
    LATIN_BOLD: "NotoSans-Bold.ttf",
}

# Naskh letters look smaller than Latin ones at the same point size (Amiri's
# alef is 0.72 em, its teeth 0.25 em; Noto Sans has a 0.54 em x-height), so
# Arabic runs are drawn this much larger than the nominal size.
ARABIC_SCALE = 1.15

# Vertical extent of the glyphs we draw, in em of the font's own size, measured
# in the glyf tables: Amiri's alef with hamza reaches 1.011 and its final meem
# -0.582 (its declared 1.124/-0.634 also covers stacked tashkeel, which we never
# draw); Noto Sans reaches 0.944 (É) and -0.241 (|). Digits: 0.632 and 0.725.
ARABIC_ASCENT, ARABIC_DESCENT = 1.02, 0.60
LATIN_ASCENT, LATIN_DESCENT = 0.95, 0.25
LATIN_DIGIT_HEIGHT = 0.725


@dataclass(frozen=True)
class Face:
    """One weight: which font draws Arabic runs, which Latin ones and, for a
    language with a font of its own, which draws every character it has."""

    arabic: str
    latin: str
    own: str | None = None


REGULAR = Face(ARABIC, LATIN)
BOLD = Face(ARABIC_BOLD, LATIN_BOLD)

_lock = threading.Lock()
_registered = False

SUBSETS_KEPT = 16  # per font: a day's documents embed a few (ASCII and the campaign's letters)


def _keep_subsets(font: TTFont) -> TTFont:
    """Build each embedded subset of `font` once.

    reportlab cuts the font file down to the characters a PDF uses, for every
    PDF (a few milliseconds per font, four fonts per ticket); a day of tickets
    uses the same characters over and over, and the cut is a pure function of them.
    """
    make = font.face.makeSubset
    cut = lru_cache(maxsize=SUBSETS_KEPT)(lambda codes: make(list(codes)))
    font.face.makeSubset = lambda subset: cut(tuple(subset))
    return font


def ensure_registered() -> None:
    """Register the four fonts (about 50 ms, so only when printing starts)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, file in _FILES.items():
            pdfmetrics.registerFont(_keep_subsets(TTFont(name, str(FONTS / file))))
        text_layer.install()  # searchable Arabic in every document
        _registered = True


def _register(path: Path) -> str:
    """Register a language's font file once; its reportlab name is its file name."""
    ensure_registered()
    for name, file in _FILES.items():
        if path.resolve() == (FONTS / file).resolve():
            return name
    name = f"lang-{path.stem}"
    with _lock:
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(_keep_subsets(TTFont(name, str(path))))
    return name


@cache
def faces(lang: str) -> tuple[Face, Face]:
    """(regular, bold) for a document in `lang`, from its `pdf_font` and `pdf_font_bold`."""
    entry = language(lang)
    regular, bold = _register(entry.pdf_font), _register(entry.pdf_font_bold)
    if (regular, bold) == (ARABIC, ARABIC_BOLD):  # Amiri draws Latin too: one font for every value
        return Face(ARABIC, ARABIC), Face(ARABIC_BOLD, ARABIC_BOLD)
    if {regular, bold} <= set(_FILES):  # Amiri or Noto Sans: the bundled pair draws it all
        return REGULAR, BOLD
    return Face(ARABIC, LATIN, regular), Face(ARABIC_BOLD, LATIN_BOLD, bold)


def has_glyph(font: str, ch: str) -> bool:
    ensure_registered()
    return ord(ch) in _cmap(font)


@cache
def _cmap(font: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(font).face.charToGlyph)


def missing_glyphs(text: str, font: str) -> set[str]:
    """Characters of `text` that `font` has no glyph for (empty when all print)."""
    ensure_registered()
    cmap = pdfmetrics.getFont(font).face.charToGlyph
    return {ch for ch in text if ord(ch) not in cmap}
